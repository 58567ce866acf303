//! Behaviour tests on whole messages.
