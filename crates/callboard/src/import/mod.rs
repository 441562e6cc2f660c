//! CSV import: from the bytes of a spreadsheet export to rows checked and ready to become
//! GetVocal leads or Awaz contacts, with every problem said in plain words before anything is
//! sent.
//!
//! The steps follow the import screen: [`sniff`] guesses how the file is written, the person
//! confirms or corrects it, [`read_table`] reads it, [`guess_mapping`] proposes which column
//! fills which field, the person edits that in the preview, and [`validate`] checks each row.

mod check;
mod mapping;
mod sniff;
mod table;

pub use check::{validate, RowCheck, RowProblem, RowValues, Summary};
pub use mapping::{guess_mapping, Destination, Field, Mapping, Target};
pub use sniff::{decode, sniff, Encoding, Sniffed, DELIMITERS};
pub use table::{read_table, ReadOptions, SourceRow, Table};
