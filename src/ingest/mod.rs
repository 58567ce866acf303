//! Pipeline (a): IMAP collection mailbox → understanding → Dastra, exactly once.
//!
//! The acknowledgement contract: a message is moved out of the inbox only after its ledger
//! record says `Done` (object created and every upload recorded, or a permanent failure /
//! guard verdict recorded with its reason). A crash anywhere leaves the message in the inbox
//! and the ledger tells the next pass how far it got.

pub mod ack;
pub mod cmd;
pub mod imap;
pub mod ledger;
pub mod plan;
pub mod process;
pub mod route;
pub mod sink;
pub mod source;
pub mod worker;
