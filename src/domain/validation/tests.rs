//! Tests of the validation rules.
