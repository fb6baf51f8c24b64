//! The static files of the site — the style sheet, the browser bundle, the icon — as the
//! server holds them in memory: each under a URL that carries a hash of its content, with
//! its precompressed variants. The server loads them from the site folder at start-up
//! (`opstap_server::web::assets`) and answers them; pages ask here for the URL to link.
//!
//! A hashed URL never changes meaning, so browsers may keep it for a year without asking
//! again; a rebuilt file gets a new hash and so a new URL.

use axum::body::Bytes;
use std::collections::HashMap;
use std::sync::Arc;

/// One file as it is sent.
#[derive(Debug)]
pub struct StaticFile {
    pub content_type: &'static str,
    /// `Cache-Control` of its answers: a year and immutable under a hashed URL.
    pub cache_control: &'static str,
    /// Strong validator: the content hash (the variant's encoding is added to it).
    pub hash: String,
    pub identity: Bytes,
    pub brotli: Option<Bytes>,
    pub gzip: Option<Bytes>,
}

#[derive(Debug, Default)]
pub struct Assets {
    /// Logical name (`pkg/opstap.css`) → URL path (`/pkg/opstap-3f2a….css`).
    urls: HashMap<String, String>,
    /// URL path → file.
    files: HashMap<String, Arc<StaticFile>>,
}

impl Assets {
    /// Serves `file` at `path`; when `logical` is given, pages linking `logical` get `path`.
    pub fn insert(&mut self, logical: Option<&str>, path: String, file: Arc<StaticFile>) {
        if let Some(logical) = logical {
            self.urls.insert(logical.to_string(), path.clone());
        }
        self.files.insert(path, file);
    }

    /// The URL of `logical`; its plain path when the site folder did not have it (so a
    /// server started without a built site still renders pages, unstyled).
    pub fn url(&self, logical: &str) -> String {
        self.urls
            .get(logical)
            .cloned()
            .unwrap_or_else(|| format!("/{logical}"))
    }

    pub fn file(&self, path: &str) -> Option<&Arc<StaticFile>> {
        self.files.get(path)
    }

    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_assets_keep_their_plain_path() {
        let mut assets = Assets::default();
        let file = Arc::new(StaticFile {
            content_type: "text/css",
            cache_control: "no-cache",
            hash: "ab12".into(),
            identity: Bytes::from_static(b"body{}"),
            brotli: None,
            gzip: None,
        });
        assets.insert(Some("pkg/opstap.css"), "/pkg/opstap-ab12.css".into(), file);
        assert_eq!(assets.url("pkg/opstap.css"), "/pkg/opstap-ab12.css");
        assert_eq!(assets.url("favicon.svg"), "/favicon.svg");
        assert!(assets.file("/pkg/opstap-ab12.css").is_some());
    }
}
