//! The browser entry point: fetches the texts of the user's language if it is not English, then
//! mounts the app, so the first screen is in that language from its first frame.

fn main() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        let language = ctpat_editor::state::locale::preferred_language();
        // A failure is shown by the language switch once the app is up (in English).
        let _ = ctpat_editor::state::language_pack::load(language).await;
        leptos::mount::mount_to_body(ctpat_editor::ui::App);
    });
}
