//! Shared UI, one component per file.

mod hub;
mod rejection_form;
mod rejection_switcher;
mod stage_page;
mod storage_notice;
mod welcome;
pub mod your_data;

pub use hub::Hub;
pub use rejection_form::RejectionForm;
pub use rejection_switcher::RejectionSwitcher;
pub use stage_page::StagePage;
pub use storage_notice::StorageNotice;
pub use welcome::Welcome;
pub use your_data::YourData;
