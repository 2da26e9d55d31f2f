//! Fields picked from a fixed list: the value a list shows for each of the model's values.

use crate::i18n::MessageKey;

/// The choices of a field picked from a list: the value in the page, the model's value, and
/// the message key of its name.
pub type Options<V> = [(&'static str, V, MessageKey)];

/// The page value of the model's `chosen` (empty for none).
pub fn option_value<V: PartialEq>(options: &'static Options<V>, chosen: Option<V>) -> &'static str {
    options
        .iter()
        .find(|(_, value, _)| Some(value) == chosen.as_ref())
        .map_or("", |(page, _, _)| page)
}

/// The model's value of the page value `page`.
pub fn option_of<V: Copy>(options: &Options<V>, page: &str) -> Option<V> {
    options
        .iter()
        .find(|(value, _, _)| *value == page)
        .map(|(_, value, _)| *value)
}

/// The options as a `SelectField` lists them.
pub fn option_names<V>(options: &Options<V>) -> Vec<(&'static str, MessageKey)> {
    options
        .iter()
        .map(|(page, _, name)| (*page, *name))
        .collect()
}
