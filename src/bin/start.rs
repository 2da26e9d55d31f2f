//! The start program: the first WebAssembly program a browser loads (see
//! `ctpat_editor::ui::start_program`). It shows a first visit the start page and hands the page
//! to the editor program (`src/main.rs`), which it downloads meanwhile.

fn main() {
    #[cfg(target_arch = "wasm32")]
    ctpat_editor::ui::start_program::run();
}
