//! Translations: English, Dutch, Danish.
