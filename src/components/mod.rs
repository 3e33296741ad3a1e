//! Shared UI, one component per file.

mod delete_button;
mod fields;
mod help_now;
mod hub;
mod insights;
mod item_list;
mod language_picker;
mod letter_editor;
mod mood_chart;
mod patterns;
mod rejection_form;
mod rejection_switcher;
mod shell;
mod storage_notice;
mod text_field;
mod welcome;
mod your_data;

pub use delete_button::DeleteButton;
pub use fields::{options_of, DateField, SelectField};
pub use help_now::HelpNow;
pub use hub::Hub;
pub use insights::Insights;
pub use item_list::{item_list, set_field, ItemListProps};
pub use language_picker::LanguagePicker;
pub use letter_editor::LetterEditor;
pub use mood_chart::{MoodChart, MoodChartProps};
pub use patterns::Patterns;
pub use rejection_form::RejectionForm;
pub use rejection_switcher::RejectionSwitcher;
pub use shell::{FirstScreen, Shell};
pub use storage_notice::{embed_actions, StorageNotice};
pub use text_field::TextField;
pub use welcome::Welcome;
pub use your_data::YourData;
