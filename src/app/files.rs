//! Files the person saves or opens: downloads of exports, reading an import.

use wasm_bindgen::JsCast;

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

/// The first file picked in an `<input type="file">`, with its size in bytes.
pub fn picked_file(input: &web_sys::HtmlInputElement) -> Option<(gloo_file::File, u64)> {
    let file = input.files()?.get(0)?;
    let size = file.size() as u64;
    Some((gloo_file::File::from(file), size))
}

/// Read a picked file as text, then call `done` (with `None` if the browser could not
/// read it). The read stops if the returned reader is dropped first: keep it until
/// then. (A callback rather than a future: no future type, channel or promise adapter
/// in the wasm for one read.)
pub fn read_text(
    file: &gloo_file::File,
    done: impl FnOnce(Option<String>) + 'static,
) -> gloo_file::callbacks::FileReader {
    gloo_file::callbacks::read_as_text(file, move |result| done(result.ok()))
}
