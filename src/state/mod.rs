//! The app's state: every piece of it lives here, as a small `Copy` handle that the
//! root component (`app`) creates and puts in context (`context::AppContext`). Each
//! module owns one piece (docs/architecture.md has the table):
//!
//! - `router`: the view (filters, search, open item, tab, language) ⇄ the
//!   address bar and the browser's history;
//! - `page_title`: the document's title, named after each view `router` shows;
//! - `notice`: a notice about the current address, until the next move;
//! - `notes`: the private notes ⇄ localStorage;
//! - `filter_panel`: whether the filter panel was left open;
//! - `read_aloud`: « Écouter » (a French voice there; something being read);
//! - `update`: a new version waiting to be taken;
//! - `connection`: what is said of working offline;
//! - `kiosk`: the kiosk's settings (the kiosk's build only).

mod connection;
mod filter_panel;
mod kiosk;
mod notes;
mod notice;
pub mod page_title;
mod read_aloud;
mod router;
mod update;

pub use connection::{Connection, ConnectionStatus};
pub use filter_panel::FilterPanelState;
pub use kiosk::kiosk_settings;
pub use notes::{ExportFormat, Notes, NotesOutcome, PendingImport, SaveError, StorageStatus};
pub use notice::{Notice, NoticeArea};
pub use read_aloud::ReadAloud;
pub use router::{href, Router};
pub use update::UpdateReady;
