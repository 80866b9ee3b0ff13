//! Files the person saves or opens: downloads of exports, reading an import.

use wasm_bindgen::prelude::*;

/// Offer `content` as a file download named `name`.
pub fn download(name: &str, mime: &str, content: &str) {
    let blob = gloo_file::Blob::new_with_options(content, Some(mime));
    let url = gloo_file::ObjectUrl::from(blob);
    let Some(link) = leptos::prelude::document()
        .create_element("a")
        .ok()
        .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The ObjectUrl is revoked when dropped; the click has already started the download.
}

/// The first file picked in an `<input type="file">`.
pub fn picked_file(input: &web_sys::HtmlInputElement) -> Option<web_sys::File> {
    input.files()?.get(0)
}

/// Read a picked file as text (`None` if the browser could not read it, e.g. the file
/// was deleted or locked after it was picked).
pub async fn read_text(file: web_sys::File) -> Option<String> {
    gloo_file::futures::read_as_text(&gloo_file::File::from(file))
        .await
        .ok()
}
