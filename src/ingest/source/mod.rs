//! Sources: where mail comes from. The only part of ingestion that speaks IMAP.
//! - [`mailbox`]: one task per collection mailbox: sweep, hand each message to the
//!   pipeline, then acknowledge it on the server (move it to the folder of its outcome) or
//!   leave it for a later try;
//! - [`imap`]: the IMAP client;
//! - [`local`]: .eml files, directories and stdin (dry runs, the MTA pipe mode).

pub mod handoff;
pub mod imap;
pub mod local;
pub mod mailbox;
