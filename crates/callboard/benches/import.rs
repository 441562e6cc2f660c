//! Rows per second of a whole import as the app does it (`ImportSessions::open` on a file:
//! read, sniff, read the table, guess the mapping, check every row, answer the preview) against
//! the single-threaded floor, in the same run: reading the same file with the `csv` crate and
//! parsing each phone number with `phonenumber` on one core. Goal: import ≤ 1.0× the floor.
//! Prints figures; asserts nothing on time.
//!
//! `cargo bench -p callboard --bench import` (about a minute on 2 cores)

use std::path::Path;
use std::time::{Duration, Instant};

use callboard::bulk::{ImportSessions, ImportSource};

#[path = "../tests/import/generate.rs"]
mod generate;

/// Rows of each file, and how many timed runs of each (the median is printed).
const SIZES: [(usize, usize); 2] = [(100_000, 5), (1_000_000, 3)];

/// The generated file's phone column.
const PHONE_COLUMN: usize = 2;

fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    warm_up(dir.path());
    println!(
        "import benchmark, {} threads for the import, 1 for the floor",
        rayon::current_num_threads()
    );
    for (rows, runs) in SIZES {
        let path = dir.path().join(format!("people-{rows}.csv"));
        std::fs::write(&path, generate::people_csv(rows)).expect("the file is written");
        let (floor, floor_cpu) = median_time(runs, || read_and_parse_phones(&path, rows));
        let (import, import_cpu) = median_time(runs, || import(&path, rows));
        let per_second = |time: Duration| rows as f64 / time.as_secs_f64();
        println!("{rows} rows, median of {runs} runs");
        println!(
            "  floor (csv + phonenumber::parse, 1 core): {:>9.0} rows/s ({floor:.2?}, CPU {floor_cpu:.2?})",
            per_second(floor)
        );
        println!(
            "  import (ImportSessions::open):             {:>9.0} rows/s ({import:.2?}, CPU {import_cpu:.2?})",
            per_second(import)
        );
        println!(
            "  import / floor: {:.2}x wall time (goal <= 1.0x), {:.2}x CPU time",
            import.as_secs_f64() / floor.as_secs_f64(),
            import_cpu.as_secs_f64() / floor_cpu.as_secs_f64()
        );
    }
}

/// The floor: every record read with the `csv` crate, every phone cell parsed.
fn read_and_parse_phones(path: &Path, rows: usize) -> Duration {
    let start = Instant::now();
    let mut reader = csv::Reader::from_path(path).expect("the file opens");
    let mut record = csv::StringRecord::new();
    let mut read = 0;
    while reader.read_record(&mut record).expect("valid CSV") {
        let phone = record.get(PHONE_COLUMN).unwrap_or_default();
        std::hint::black_box(phonenumber::parse(
            Some(phonenumber::country::Id::FR),
            phone,
        ))
        .ok();
        read += 1;
    }
    let elapsed = start.elapsed();
    assert_eq!(read, rows, "every row is read");
    elapsed
}

/// The whole import, with the verdicts checked so that the timed work is the real work. The
/// sessions are dropped after the clock stops (the app keeps them while the preview is open).
fn import(path: &Path, rows: usize) -> Duration {
    let imports = ImportSessions::default();
    let start = Instant::now();
    let preview = imports
        .open(
            ImportSource::Path {
                path: path.display().to_string(),
            },
            "FR",
        )
        .expect("the file imports");
    let elapsed = start.elapsed();
    let expected = generate::expected(rows);
    assert_eq!(preview.summary.total as usize, rows);
    assert_eq!(preview.summary.valid as usize, expected.valid);
    assert_eq!(preview.summary.duplicates as usize, expected.duplicates);
    assert_eq!(
        preview.summary.with_problems as usize,
        expected.bad_email + expected.bad_phone + expected.duplicates
    );
    elapsed
}

/// Loads phonenumber's metadata, compiles the French patterns and starts the threads, which
/// the app does once: neither side of the comparison pays for it.
fn warm_up(dir: &Path) {
    let path = dir.join("warm-up.csv");
    std::fs::write(&path, generate::people_csv(1_000)).expect("the file is written");
    read_and_parse_phones(&path, 1_000);
    import(&path, 1_000);
}

/// The median wall time of `runs` runs of `work` (which times itself), with the CPU time the
/// process used in that run: on a machine busy with other work, the CPU times still compare.
fn median_time(runs: usize, mut work: impl FnMut() -> Duration) -> (Duration, Duration) {
    let mut times: Vec<(Duration, Duration)> = (0..runs)
        .map(|_| {
            let cpu_before = process_cpu_time();
            let wall = work();
            (wall, process_cpu_time().saturating_sub(cpu_before))
        })
        .collect();
    times.sort_unstable();
    times[runs / 2]
}

/// User and system time of this process so far (Linux; zero elsewhere), to 10 ms.
fn process_cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or(Vec::new(), |(_, rest)| rest.split_whitespace().collect());
    // utime and stime, fields 14 and 15 of proc(5), in ticks of 1/100 s.
    let ticks: u64 = fields.get(11..13).map_or(0, |ticks| {
        ticks.iter().filter_map(|t| t.parse::<u64>().ok()).sum()
    });
    Duration::from_millis(ticks * 10)
}
