//! Static files: loaded from the site folder once at start-up, answered from memory.
//!
//! - Files under `pkg/` (style sheet, JavaScript glue, WebAssembly) and the icon are served
//!   under a content-hashed URL (`/pkg/opstap-<hash>.css`) with
//!   `Cache-Control: public, max-age=31536000, immutable`; pages link them through
//!   `app::shell::assets::Assets::url`. Other top-level files (`robots.txt`) keep their name
//!   and are cached for an hour.
//! - Each file is sent brotli- or gzip-compressed when the browser accepts it, from the
//!   `.br`/`.gz` files `opstap assets compress` wrote beside it at build time (made here at
//!   start-up, quicker and less small, when they are missing or older than the file).
//! - These routes sit outside the session/CSRF middleware and the compression layer: an
//!   answer costs a map lookup, sets no cookie and never touches the database.

use app::shell::assets::{Assets, StaticFile};
use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const HOUR: &str = "public, max-age=3600";

/// Files whose name carries no hash although they are linked (none yet) are never
/// compressed below this size: the variant would not be smaller.
const MIN_COMPRESS: usize = 256;

/// The content type of a file, by its extension.
pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "txt" => "text/plain; charset=utf-8",
        "json" => "application/json",
        "html" => "text/html; charset=utf-8",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// The first 16 hex digits of the SHA-256 of `bytes`: enough to tell builds apart.
pub fn content_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// `opstap-3f2a.css` for `opstap.css` and hash `3f2a`.
pub fn hashed_name(name: &str, hash: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => format!("{stem}-{hash}.{ext}"),
        _ => format!("{name}-{hash}"),
    }
}

/// How hard to compress: the build takes the time for the smallest files, the start-up
/// only what a missing variant costs quickly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effort {
    Build,
    Startup,
}

pub fn brotli(bytes: &[u8], effort: Effort) -> std::io::Result<Vec<u8>> {
    let quality = match effort {
        Effort::Build => 11,
        Effort::Startup => 5,
    };
    let mut out = Vec::with_capacity(bytes.len() / 3);
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, quality, 22);
        writer.write_all(bytes)?;
        writer.flush()?;
    }
    Ok(out)
}

pub fn gzip(bytes: &[u8], effort: Effort) -> std::io::Result<Vec<u8>> {
    let level = match effort {
        Effort::Build => flate2::Compression::best(),
        Effort::Startup => flate2::Compression::default(),
    };
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), level);
    encoder.write_all(bytes)?;
    encoder.finish()
}

/// The files of the site folder that are served (not the variants beside them).
fn site_files(site_root: &Path) -> Vec<(String, PathBuf)> {
    let mut files = Vec::new();
    for (dir, prefix) in [
        (site_root.to_path_buf(), ""),
        (site_root.join("pkg"), "pkg/"),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            if !path.is_file() || name.ends_with(".br") || name.ends_with(".gz") {
                continue;
            }
            files.push((format!("{prefix}{name}"), path));
        }
    }
    files.sort();
    files
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// A variant written beside `path` (`.br`, `.gz`) that is at least as new as the file;
/// otherwise made now.
fn variant(
    path: &Path,
    suffix: &str,
    identity: &[u8],
    make: fn(&[u8], Effort) -> std::io::Result<Vec<u8>>,
) -> Option<Bytes> {
    if identity.len() < MIN_COMPRESS {
        return None;
    }
    let beside = PathBuf::from(format!("{}.{suffix}", path.display()));
    let fresh = match (modified(&beside), modified(path)) {
        (Some(variant), Some(file)) => variant >= file,
        _ => false,
    };
    let bytes = if fresh {
        std::fs::read(&beside).ok()
    } else {
        if beside.exists() {
            tracing::warn!(path = %beside.display(), "compressed copy older than its file: made again (run `opstap assets compress`)");
        }
        make(identity, Effort::Startup).ok()
    }?;
    (bytes.len() < identity.len()).then(|| Bytes::from(bytes))
}

/// Loads every file of the site folder. A missing folder gives no files (pages still render,
/// unstyled; the server logs it).
pub fn load(site_root: &Path) -> Assets {
    let mut assets = Assets::default();
    let files = site_files(site_root);
    if files.is_empty() {
        tracing::warn!(site_root = %site_root.display(), "no static files found: is the site built (./dev build)?");
    }
    for (logical, path) in files {
        let identity = match std::fs::read(&path) {
            Ok(bytes) => Bytes::from(bytes),
            Err(error) => {
                tracing::warn!(path = %path.display(), %error, "cannot read static file");
                continue;
            }
        };
        let hash = content_hash(&identity);
        let brotli = variant(&path, "br", &identity, brotli);
        let gzip = variant(&path, "gz", &identity, gzip);
        let content_type = content_type(&path);
        let file = |cache_control| {
            Arc::new(StaticFile {
                content_type,
                cache_control,
                hash: hash.clone(),
                identity: identity.clone(),
                brotli: brotli.clone(),
                gzip: gzip.clone(),
            })
        };
        let hashed = match logical.rsplit_once('/') {
            Some((dir, name)) => format!("/{dir}/{}", hashed_name(name, &hash)),
            None => format!("/{}", hashed_name(&logical, &hash)),
        };
        assets.insert(Some(&logical), hashed, file(IMMUTABLE));
        if !logical.starts_with("pkg/") {
            // Top-level files are also asked for by their own name (robots.txt, an icon).
            assets.insert(None, format!("/{logical}"), file(HOUR));
        }
    }
    assets
}

/// Writes `.br` and `.gz` beside every served file of the site folder, as small as the
/// encoders make them (`opstap assets compress`, run by `./dev` after each build).
pub fn compress_site(site_root: &Path) -> std::io::Result<Vec<(String, usize, usize, usize)>> {
    let mut report = Vec::new();
    for (logical, path) in site_files(site_root) {
        let identity = std::fs::read(&path)?;
        let br = brotli(&identity, Effort::Build)?;
        let gz = gzip(&identity, Effort::Build)?;
        std::fs::write(format!("{}.br", path.display()), &br)?;
        std::fs::write(format!("{}.gz", path.display()), &gz)?;
        report.push((logical, identity.len(), br.len(), gz.len()));
    }
    Ok(report)
}

/// Which encoding to send: brotli if the browser takes it, else gzip, else none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

/// Reads `Accept-Encoding` (`br;q=1.0, gzip;q=0.8, *;q=0.1`): a coding is accepted when it
/// is listed (or `*` is) with a quality above zero.
pub fn accepted(headers: &HeaderMap) -> (bool, bool) {
    let mut br = None;
    let mut gz = None;
    let mut star = None;
    for value in headers.get_all(header::ACCEPT_ENCODING) {
        let Ok(value) = value.to_str() else { continue };
        for item in value.split(',') {
            let mut parts = item.split(';');
            let coding = parts.next().unwrap_or("").trim().to_ascii_lowercase();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let ok = quality > 0.0;
            match coding.as_str() {
                "br" => br = Some(ok),
                "gzip" | "x-gzip" => gz = Some(ok),
                "*" => star = Some(ok),
                _ => {}
            }
        }
    }
    let star = star.unwrap_or(false);
    (br.unwrap_or(star), gz.unwrap_or(star))
}

fn choose(file: &StaticFile, headers: &HeaderMap) -> (Encoding, Bytes) {
    let (br, gz) = accepted(headers);
    match (&file.brotli, &file.gzip) {
        (Some(bytes), _) if br => (Encoding::Brotli, bytes.clone()),
        (_, Some(bytes)) if gz => (Encoding::Gzip, bytes.clone()),
        _ => (Encoding::Identity, file.identity.clone()),
    }
}

/// The answer for `file`: the best variant the browser accepts, or `304` when it already
/// has this one.
pub fn answer(file: &StaticFile, method: &Method, headers: &HeaderMap) -> Response {
    let (encoding, bytes) = choose(file, headers);
    let suffix = match encoding {
        Encoding::Brotli => "-br",
        Encoding::Gzip => "-gz",
        Encoding::Identity => "",
    };
    let etag = format!("\"{}{suffix}\"", file.hash);
    let mut res = if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
    {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let len = bytes.len();
        let body = if method == Method::HEAD {
            Body::empty()
        } else {
            Body::from(bytes)
        };
        let mut res = Response::new(body);
        res.headers_mut()
            .insert(header::CONTENT_LENGTH, HeaderValue::from(len));
        res.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(file.content_type),
        );
        match encoding {
            Encoding::Brotli => {
                res.headers_mut()
                    .insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
            }
            Encoding::Gzip => {
                res.headers_mut()
                    .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            }
            Encoding::Identity => {}
        }
        res
    };
    let h = res.headers_mut();
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(file.cache_control),
    );
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if let Ok(value) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, value);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(accept: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(accept).unwrap(),
        );
        h
    }

    #[test]
    fn accept_encoding_is_read_with_qualities() {
        assert_eq!(accepted(&headers("gzip, deflate, br, zstd")), (true, true));
        assert_eq!(accepted(&headers("gzip;q=1.0, br;q=0")), (false, true));
        assert_eq!(accepted(&headers("identity")), (false, false));
        assert_eq!(accepted(&headers("*;q=0.5")), (true, true));
        assert_eq!(accepted(&headers("*, br;q=0")), (false, true));
        assert_eq!(accepted(&HeaderMap::new()), (false, false));
    }

    #[test]
    fn hashed_names_keep_the_extension() {
        assert_eq!(hashed_name("opstap_bg.wasm", "ab"), "opstap_bg-ab.wasm");
        assert_eq!(hashed_name("LICENSE", "ab"), "LICENSE-ab");
        assert_eq!(content_hash(b"x").len(), 16);
        assert_ne!(content_hash(b"x"), content_hash(b"y"));
    }

    #[test]
    fn variants_decompress_to_the_file() {
        let text = "body { color: black; } ".repeat(50);
        for effort in [Effort::Build, Effort::Startup] {
            let br = brotli(text.as_bytes(), effort).unwrap();
            let mut back = Vec::new();
            brotli::BrotliDecompress(&mut br.as_slice(), &mut back).unwrap();
            assert_eq!(back, text.as_bytes());
            let gz = gzip(text.as_bytes(), effort).unwrap();
            let mut back = String::new();
            std::io::Read::read_to_string(
                &mut flate2::read::GzDecoder::new(gz.as_slice()),
                &mut back,
            )
            .unwrap();
            assert_eq!(back, text);
            assert!(br.len() < text.len() / 5);
        }
    }

    #[test]
    fn the_best_accepted_variant_is_sent_and_revalidated() {
        let file = StaticFile {
            content_type: "text/css; charset=utf-8",
            cache_control: IMMUTABLE,
            hash: "abc".into(),
            identity: Bytes::from_static(b"plain"),
            brotli: Some(Bytes::from_static(b"b")),
            gzip: Some(Bytes::from_static(b"g")),
        };
        let res = answer(&file, &Method::GET, &headers("gzip, br"));
        assert_eq!(res.headers()[header::CONTENT_ENCODING], "br");
        assert_eq!(res.headers()[header::ETAG], "\"abc-br\"");
        assert_eq!(res.headers()[header::CACHE_CONTROL], IMMUTABLE);
        let res = answer(&file, &Method::GET, &headers("gzip"));
        assert_eq!(res.headers()[header::CONTENT_ENCODING], "gzip");
        let res = answer(&file, &Method::GET, &HeaderMap::new());
        assert!(res.headers().get(header::CONTENT_ENCODING).is_none());
        assert_eq!(res.headers()[header::CONTENT_LENGTH], "5");
        let mut again = headers("br");
        again.insert(
            header::IF_NONE_MATCH,
            HeaderValue::from_static("\"abc-br\""),
        );
        assert_eq!(
            answer(&file, &Method::GET, &again).status(),
            StatusCode::NOT_MODIFIED
        );
    }
}
