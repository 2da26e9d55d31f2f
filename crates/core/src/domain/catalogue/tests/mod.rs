//! Tests of the catalogue as a whole: the shipped data (`built_in`) and the refusal of bad data
//! files (`malformed`).

mod built_in;
mod malformed;
