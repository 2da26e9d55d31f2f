//! The files a user drops on the page: each dropped file, and every file inside a dropped folder
//! and its sub-folders (read through the browser's file-system entries). Only `File` handles are
//! gathered; reading them is the caller's business.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// What a drop gave.
#[derive(Debug, Default)]
pub struct DroppedFiles {
    /// Every file found, folders walked through.
    pub files: Vec<web_sys::File>,
    /// How many files or folders the browser would not open.
    pub unreadable: usize,
}

/// The entries of a folder, one batch per call as the browser hands them out (an empty batch
/// when there are no more).
async fn read_batch(reader: &web_sys::FileSystemDirectoryReader) -> Option<js_sys::Array> {
    let mut failed = false;
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        failed = reader
            .read_entries_with_callback_and_callback(&resolve, &reject)
            .is_err();
    });
    if failed {
        return None;
    }
    JsFuture::from(promise).await.ok()?.dyn_into().ok()
}

/// The file behind a file entry.
async fn file_of(entry: &web_sys::FileSystemFileEntry) -> Option<web_sys::File> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        entry.file_with_callback_and_callback(&resolve, &reject);
    });
    JsFuture::from(promise).await.ok()?.dyn_into().ok()
}

/// What was dropped, taken from the drop event while the browser still allows it: the browser
/// empties a drop's data once the event handler returns, so this must run in the handler,
/// before anything is awaited.
pub struct Dropped {
    entries: Vec<web_sys::FileSystemEntry>,
    files: Vec<web_sys::File>,
}

/// Takes what `transfer` holds. Browsers without file-system entries give the dropped files
/// only (a folder then cannot be walked).
pub fn take_dropped(transfer: &web_sys::DataTransfer) -> Dropped {
    let items = transfer.items();
    let entries: Vec<web_sys::FileSystemEntry> = (0..items.length())
        .filter_map(|index| items.get(index))
        .filter(|item| item.kind() == "file")
        .filter_map(|item| item.webkit_get_as_entry().ok().flatten())
        .collect();
    let files = if entries.is_empty() {
        transfer
            .files()
            .map(|files| (0..files.length()).filter_map(|i| files.get(i)).collect())
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    Dropped { entries, files }
}

/// Every file of what was dropped, folders walked through.
pub async fn dropped_files(dropped: Dropped) -> DroppedFiles {
    let Dropped {
        entries: mut pending,
        files,
    } = dropped;
    let mut dropped = DroppedFiles {
        files,
        unreadable: 0,
    };
    while let Some(entry) = pending.pop() {
        if let Some(file_entry) = entry.dyn_ref::<web_sys::FileSystemFileEntry>()
            && entry.is_file()
        {
            match file_of(file_entry).await {
                Some(file) => dropped.files.push(file),
                None => dropped.unreadable += 1,
            }
        } else if let Some(folder) = entry.dyn_ref::<web_sys::FileSystemDirectoryEntry>()
            && entry.is_directory()
        {
            let reader = folder.create_reader();
            loop {
                match read_batch(&reader).await {
                    Some(batch) if batch.length() > 0 => pending.extend(
                        batch
                            .iter()
                            .filter_map(|value| value.dyn_into::<web_sys::FileSystemEntry>().ok()),
                    ),
                    Some(_) => break,
                    None => {
                        dropped.unreadable += 1;
                        break;
                    }
                }
            }
        }
    }
    // Walked as a stack: put them back in the order a file manager lists them.
    dropped.files.sort_by_key(|file| file.name());
    dropped
}
