//! `multipart/form-data` bodies: text, JSON and file parts, encoded here
//! (RFC 7578) so that generated code only names each part.
//!
//! ```
//! use openapi_client_runtime::multipart::{File, Form};
//!
//! let mut form = Form::new();
//! form.field("attributes", &serde_json::json!({"name": "a.txt"}));
//! form.files("file", &File::new(b"hello".to_vec()).name("a.txt").content_type("text/plain"));
//! let (content_type, body) = form.encode();
//! assert!(content_type.starts_with("multipart/form-data; boundary="));
//! let text = String::from_utf8(body).unwrap();
//! assert!(text.contains("Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n"));
//! assert!(text.contains("name=\"attributes\"\r\nContent-Type: application/json\r\n\r\n{\"name\":\"a.txt\"}\r\n"));
//! ```

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A file to upload: its bytes, and the name and media type to give it.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct File {
    /// The file name sent with the part, if any.
    pub name: Option<String>,
    /// The part's media type (`image/png`); `application/octet-stream` if
    /// not given.
    pub content_type: Option<String>,
    /// The content.
    pub bytes: Vec<u8>,
}

impl File {
    /// A file with these bytes, no name, and no media type.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        File {
            name: None,
            content_type: None,
            bytes: bytes.into(),
        }
    }

    /// Sends it under this file name.
    #[must_use]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sends it as this media type.
    #[must_use]
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }
}

impl From<Vec<u8>> for File {
    fn from(bytes: Vec<u8>) -> Self {
        File::new(bytes)
    }
}

/// The content may be anything, so `Debug` shows its size only.
impl std::fmt::Debug for File {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("File")
            .field("name", &self.name)
            .field("content_type", &self.content_type)
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

/// Outside a multipart body (a file inside JSON), the content as base64.
impl Serialize for File {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::Base64(self.bytes.clone()).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for File {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::Base64::deserialize(deserializer).map(|bytes| File::new(bytes.0))
    }
}

/// A field's worth of files, whatever its shape: so generated code adds a
/// file field with one call to [`Form::files`].
pub trait Files {
    /// Calls `visit` with each file, in order.
    fn each_file(&self, visit: &mut dyn FnMut(&File));
}

impl Files for File {
    fn each_file(&self, visit: &mut dyn FnMut(&File)) {
        visit(self);
    }
}

impl<T: Files> Files for Option<T> {
    fn each_file(&self, visit: &mut dyn FnMut(&File)) {
        if let Some(files) = self {
            files.each_file(visit);
        }
    }
}

impl<T: Files> Files for Vec<T> {
    fn each_file(&self, visit: &mut dyn FnMut(&File)) {
        for files in self {
            files.each_file(visit);
        }
    }
}

/// One part: its name, file name, media type, and content.
struct Part {
    name: String,
    file_name: Option<String>,
    content_type: Option<String>,
    bytes: Vec<u8>,
}

/// A `multipart/form-data` body being built, part by part.
#[derive(Default)]
#[must_use]
pub struct Form {
    parts: Vec<Part>,
}

impl std::fmt::Debug for Form {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = self.parts.iter().map(|part| part.name.as_str()).collect();
        f.debug_struct("Form").field("parts", &names).finish()
    }
}

impl Form {
    /// An empty form.
    pub fn new() -> Self {
        Form::default()
    }

    /// Adds a field: a string or number as text, an object or list as a
    /// JSON part; `None` (null) adds nothing. A value that cannot be
    /// encoded adds nothing either (generated types always can).
    pub fn field(&mut self, name: &str, value: &impl Serialize) {
        let (content_type, bytes) = match serde_json::to_value(value) {
            Ok(serde_json::Value::Null) | Err(_) => return,
            Ok(serde_json::Value::String(text)) => (None, text.into_bytes()),
            Ok(scalar @ (serde_json::Value::Number(_) | serde_json::Value::Bool(_))) => {
                (None, scalar.to_string().into_bytes())
            }
            Ok(other) => (
                Some("application/json".to_owned()),
                other.to_string().into_bytes(),
            ),
        };
        self.parts.push(Part {
            name: name.to_owned(),
            file_name: None,
            content_type,
            bytes,
        });
    }

    /// Adds each property of `value`'s JSON object as a field (see
    /// [`Form::field`]); anything but an object adds nothing.
    pub fn object(&mut self, value: &impl Serialize) {
        if let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(value) {
            for (name, value) in &fields {
                self.field(name, value);
            }
        }
    }

    /// Adds a file part.
    pub fn file(&mut self, name: &str, file: &File) {
        self.parts.push(Part {
            name: name.to_owned(),
            file_name: file.name.clone(),
            content_type: Some(
                file.content_type
                    .clone()
                    .unwrap_or_else(|| "application/octet-stream".to_owned()),
            ),
            bytes: file.bytes.clone(),
        });
    }

    /// Adds a file part for each file `files` holds: one, none, or several
    /// (a field typed `File`, `Option<File>`, `Vec<File>`, …).
    pub fn files(&mut self, name: &str, files: &impl Files) {
        files.each_file(&mut |file| self.file(name, file));
    }

    /// The `Content-Type` (with its boundary) and the encoded body.
    #[must_use]
    pub fn encode(&self) -> (String, Vec<u8>) {
        let boundary = self.boundary();
        let mut body = Vec::new();
        for part in &self.parts {
            body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            let mut disposition = format!(
                "Content-Disposition: form-data; name=\"{}\"",
                escape(&part.name)
            );
            if let Some(file_name) = &part.file_name {
                disposition.push_str(&format!("; filename=\"{}\"", escape(file_name)));
            }
            body.extend_from_slice(disposition.as_bytes());
            body.extend_from_slice(b"\r\n");
            if let Some(content_type) = &part.content_type {
                let content_type = content_type.replace(['\r', '\n'], " ");
                body.extend_from_slice(format!("Content-Type: {content_type}\r\n").as_bytes());
            }
            body.extend_from_slice(b"\r\n");
            body.extend_from_slice(&part.bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        (format!("multipart/form-data; boundary={boundary}"), body)
    }

    /// A boundary that no part contains.
    fn boundary(&self) -> String {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |since| since.as_nanos());
        self.boundary_from(seed)
    }

    /// The first boundary made from `seed` that no part contains.
    fn boundary_from(&self, seed: u128) -> String {
        (0u32..)
            .map(|attempt| candidate(seed, attempt))
            .find(|boundary| {
                !self.parts.iter().any(|part| {
                    part.bytes
                        .windows(boundary.len())
                        .any(|window| window == boundary.as_bytes())
                })
            })
            .unwrap_or_default()
    }
}

/// The boundary tried at `attempt` for `seed`.
fn candidate(seed: u128, attempt: u32) -> String {
    format!("openapi-client-{seed:x}-{attempt}")
}

/// A name or file name inside a quoted header parameter: quotes and line
/// breaks percent-encoded, as browsers do, so a name cannot end the header.
fn escape(text: &str) -> String {
    text.replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_framed_and_names_cannot_break_out() {
        let mut form = Form::new();
        form.field("text", &"plain");
        form.field("number", &7);
        form.field("absent", &Option::<String>::None);
        form.files("none", &Option::<File>::None);
        form.files("nested", &Some(Some(Vec::<File>::new())));
        form.file("evil\"\r\nX: y", &File::new(vec![0, 255]).name("a\".bin"));
        let (content_type, body) = form.encode();
        let boundary = content_type
            .strip_prefix("multipart/form-data; boundary=")
            .expect("a boundary");
        let expected = [
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nplain\r\n").into_bytes(),
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"number\"\r\n\r\n7\r\n").into_bytes(),
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"evil%22%0D%0AX: y\"; filename=\"a%22.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n").into_bytes(),
            vec![0, 255],
            format!("\r\n--{boundary}--\r\n").into_bytes(),
        ]
        .concat();
        assert_eq!(body, expected);
    }

    #[test]
    fn the_boundary_never_occurs_in_a_part() {
        // Content holding the first two boundaries the seed makes.
        let taken = format!("x{}y{}", candidate(42, 0), candidate(42, 1));
        let mut form = Form::new();
        form.file("f", &File::new(taken.clone().into_bytes()));
        let chosen = form.boundary_from(42);
        assert_eq!(chosen, candidate(42, 2));
        assert!(!taken.contains(&chosen));
        assert_eq!(
            Form::new().boundary_from(42),
            candidate(42, 0),
            "nothing to avoid"
        );
    }

    #[test]
    fn debug_shows_sizes_not_content() {
        let file = File::new(b"secret".to_vec()).name("k.pem");
        assert_eq!(
            format!("{file:?}"),
            r#"File { name: Some("k.pem"), content_type: None, bytes: 6 }"#
        );
    }
}
