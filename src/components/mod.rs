//! Leptos views. They read the plan and the state from context, and call the core; no
//! logic of their own. `explore/` is « Explorer le plan », one component per file.

mod commitment_card;
mod context_card;
mod document_page;
mod explore;
mod item_page;
mod kiosk_shell;
mod matrix_page;
mod note_editor;
mod notes_page;
mod partner_name;
#[cfg(feature = "kiosk")]
mod phone_qr;
mod publications;
mod reference_pages;
mod rich_text;
mod static_plan;
mod update_prompt;
mod view_link;
mod view_tabs;

pub use commitment_card::{AxisBadge, CommitmentBody, CommitmentCard, NoteBadge};
pub use context_card::{ContextCard, ItemBody};
pub use document_page::DocumentPage;
pub use explore::ExplorePage;
pub use item_page::ItemPage;
pub use kiosk_shell::KioskShell;
pub use matrix_page::MatrixPage;
pub use note_editor::NoteEditor;
pub use notes_page::{NotesPage, NotesProblem};
pub use partner_name::PartnerName;
#[cfg(feature = "kiosk")]
pub use phone_qr::PhoneQr;
pub use publications::ask_the_city;
pub use reference_pages::{AboutPage, Citation, GlossaryPage};
pub use rich_text::RichText;
pub use static_plan::{
    page_description, page_title, render_static_plan, EditionLink, OpenDataLink, StaticPage,
};
pub use update_prompt::UpdatePrompt;
pub use view_link::{ItemLink, ViewLink};
pub use view_tabs::ViewTabs;
