//! Writes the sample statement (tests/sample) as PDF and CSV in English and French into the
//! folder given, to look at: `cargo run -p statements --example sample -- target/statements`.

#[path = "../tests/sample/mod.rs"]
mod sample;

use statements::Language;

fn main() {
    let folder = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/statements".to_owned());
    std::fs::create_dir_all(&folder).expect("the output folder can be made");
    for (language, name) in [(Language::En, "en"), (Language::Fr, "fr")] {
        let statement = sample::north_clinic(language);
        let pdf = statements::to_pdf(&statement).expect("the sample renders");
        std::fs::write(format!("{folder}/statement-{name}.pdf"), pdf).expect("written");
        let csv = statements::to_csv(&statement).expect("the sample renders");
        std::fs::write(format!("{folder}/statement-{name}.csv"), csv).expect("written");
        let long = statements::to_pdf(&sample::long_statement(language, 90)).expect("renders");
        std::fs::write(format!("{folder}/statement-long-{name}.pdf"), long).expect("written");
    }
    println!("wrote statement-{{en,fr}}.{{pdf,csv}} and statement-long-{{en,fr}}.pdf in {folder}");
}
