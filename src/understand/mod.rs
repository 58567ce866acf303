//! understand
