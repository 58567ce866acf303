//! Pipeline (a): collection mailbox → Dastra, exactly once, one way:
//!
//! ```text
//! source (IMAP / stdin) ──message──▶ decide ──plan──▶ sink (Dastra) ──▶ acknowledgement
//!    ▲                                                                    (Outbox: relay)
//!    └──────────── verdict: move to Processed / Ignored / Failed, or wait ◀── event
//! ```
//!
//! - [`source`]: the only module that speaks IMAP; yields mail, later moves it;
//! - [`decide`]: pure: dedupe, understanding, plan, sender limit → a [`decide::Decision`];
//! - [`sink`]: executes a plan against Dastra → `Done | Retry | Failed`;
//! - [`acknowledge`]: the optional reply to the data subject, through an [`acknowledge::Outbox`]
//!   that the relay implements (ingestion never imports the relay);
//! - [`event`]: one [`event::MailHandled`] per outcome writes log, metric, journal, status;
//! - [`pipeline`]: drives one message through those steps and returns a verdict;
//! - [`ledger`]: the durable per-message state machine; [`deadline`]: the legal clocks.
//!
//! The acknowledgement contract: a message is moved out of the inbox only after its ledger
//! record says `Done` (object created and every upload recorded, or a permanent failure /
//! guard verdict recorded with its reason). A crash anywhere leaves the message in the inbox
//! and the ledger tells the next pass how far it got.

pub mod ack;
pub mod acknowledge;
pub mod control;
pub mod deadline;
pub mod deadline_watch;
pub mod decide;
pub mod event;
pub mod ledger;
pub mod pipeline;
pub mod sink;
pub mod source;
pub mod status;
