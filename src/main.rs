//! The binary Trunk builds for the static page. Everything lives in the library.

fn main() {
    rebound::start_static_page();
}
