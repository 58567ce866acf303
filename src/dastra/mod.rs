//! dastra
