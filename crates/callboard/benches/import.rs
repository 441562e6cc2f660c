//! Rows per second of the whole import check (sniff, read, validate) against a plain `csv`
//! crate read of the same 100,000-row file, in the same run. Prints figures; asserts nothing.
//!
//! `cargo bench -p callboard --bench import`

use std::time::{Duration, Instant};

use callboard::import::{guess_mapping, read_table, sniff, validate, ReadOptions, Summary, Target};

#[path = "../tests/import/generate.rs"]
mod generate;

const ROWS: usize = 100_000;
const RUNS: usize = 5;

fn main() {
    let bytes = generate::people_csv(ROWS);

    let baseline = median_time(|| {
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        let mut record = csv::StringRecord::new();
        let mut rows = 0;
        while reader
            .read_record(&mut record)
            .expect("the generated file is valid CSV")
        {
            rows += 1;
        }
        rows
    });
    let check_all = || {
        let options = ReadOptions::from(sniff(&bytes));
        let table = read_table(&bytes, &options);
        let mapping = guess_mapping(&table.headers, Target::GetVocalLeads);
        validate(&table, &mapping, Target::GetVocalLeads, "FR")
    };
    // The timed work must be the real work: every row checked with the expected verdicts.
    let summary = Summary::of(&check_all());
    let expected = generate::expected(ROWS);
    assert_eq!(summary.valid as usize, expected.valid);
    assert_eq!(summary.duplicates as usize, expected.duplicates);
    assert_eq!(
        summary.with_problems as usize,
        expected.bad_email + expected.bad_phone + expected.duplicates
    );
    let import = median_time(|| check_all().len());

    let per_second = |time: Duration| ROWS as f64 / time.as_secs_f64();
    println!("{ROWS} rows, median of {RUNS} runs");
    println!(
        "plain csv read:               {:>10.0} rows/s ({:?})",
        per_second(baseline),
        baseline
    );
    println!(
        "sniff + read_table + validate: {:>10.0} rows/s ({:?})",
        per_second(import),
        import
    );
    println!(
        "import is {:.1}x slower than a plain read",
        import.as_secs_f64() / baseline.as_secs_f64()
    );
}

/// Median duration of `RUNS` runs of `work`, which returns its row count.
fn median_time(work: impl Fn() -> usize) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            let rows = work();
            let elapsed = start.elapsed();
            assert_eq!(rows, ROWS, "every row is read");
            elapsed
        })
        .collect();
    times.sort_unstable();
    times[RUNS / 2]
}
