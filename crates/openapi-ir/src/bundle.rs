//! Specs split across files: every `$ref` into another file is pulled into
//! the root document before the strict parse, so lowering sees one document.
//!
//! A schema from another file becomes a component schema of the root (named
//! after the last token of its pointer, or the file's stem for a whole-file
//! reference), so it keeps one name however often it is referenced, and
//! cycles through files work as they do within one. Anything else (a
//! parameter, a response, a path item) is copied in where it is referenced.
//!
//! References within the root that point deeper than a whole component
//! (`#/components/schemas/Disk/properties/size`, a schema under `paths`)
//! and references to callbacks are pulled in the same way.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::load::parse_value;
use crate::naming::{UniqueNames, decode_pointer_token, pointer_token};

/// Where a `$ref` leads: a file (`None` for the root document) and a JSON
/// pointer inside it.
type Target = (Option<PathBuf>, String);

struct Bundler<'a> {
    /// The root spec's path, when it came from a file.
    root: Option<&'a Path>,
    files: BTreeMap<PathBuf, Value>,
    /// Schemas already imported, by where they came from.
    imported: BTreeMap<Target, String>,
    /// Imported schemas, each already bundled, to add to the root.
    schemas: BTreeMap<String, Value>,
    /// Names in the root's `components/schemas`: its own, then imports.
    names: UniqueNames,
    /// Non-schema items being copied in, to stop on cycles.
    inlining: Vec<Target>,
    /// The root document as read, when a `$ref` in it points deeper than a
    /// component (see [`is_deep_local`]): what such references resolve in.
    root_copy: Option<Value>,
}

/// Whether a reference within the root document points somewhere other
/// than a whole entry of `components` (`#/components/schemas/Pet`): a
/// property of a schema (`#/components/schemas/Disk/properties/size`), an
/// operation's schema under `paths`. Lowering resolves only component
/// entries, so these are pulled in as the references to other files are.
fn is_deep_local(reference: &str) -> bool {
    let Some(pointer) = reference.strip_prefix("#/") else {
        return false;
    };
    let tokens: Vec<&str> = pointer.split('/').collect();
    // A callback is never a `$ref` once parsed: it is always copied in.
    !(tokens.len() == 3 && tokens[0] == "components" && tokens[1] != "callbacks")
}

/// Whether any `$ref` below `value` is deep local (literal data skipped
/// as `walk` skips it).
fn has_deep_local_ref(value: &Value) -> bool {
    match value {
        Value::Object(map) => {
            if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
                return is_deep_local(reference);
            }
            map.iter()
                .filter(|(key, _)| !matches!(key.as_str(), "example" | "enum" | "const"))
                .any(|(_, child)| has_deep_local_ref(child))
        }
        Value::Array(items) => items.iter().any(has_deep_local_ref),
        _ => false,
    }
}

/// A component name for a schema found at `fragment` in the root: its last
/// token, unless that is structure (`schema`, `items`), then the words of
/// the pointer that are not structure (`/paths/~1pets/get/responses/200/
/// content/application~1json/schema` → `pets get 200`).
fn local_schema_name(fragment: &str) -> String {
    const STRUCTURE: &[&str] = &[
        "",
        "paths",
        "components",
        "schemas",
        "content",
        "schema",
        "responses",
        "requestBody",
        "parameters",
        "properties",
        "items",
        "allOf",
        "oneOf",
        "anyOf",
        "additionalProperties",
        "application/json",
    ];
    let tokens: Vec<String> = fragment.split('/').map(decode_pointer_token).collect();
    match tokens.last() {
        Some(last) if !STRUCTURE.contains(&last.as_str()) && last.parse::<u64>().is_err() => {
            last.clone()
        }
        _ => tokens
            .iter()
            .filter(|token| !STRUCTURE.contains(&token.as_str()))
            .map(|token| token.trim_matches('/').replace('/', " "))
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// Pulls every reference into another file into `document`. `path` is the
/// root document's own path; without one, a reference to another file is
/// an error.
///
/// # Errors
///
/// [`Error::UnresolvedRef`] for a file that cannot be read or a pointer that
/// leads nowhere; [`Error::Syntax`]-like [`Error::Invalid`] for a file that
/// does not parse; [`Error::Invalid`] for a cycle through non-schema items.
pub(crate) fn bundle(document: &mut Value, path: Option<&Path>) -> Result<()> {
    let mut names = UniqueNames::new();
    for name in document
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(Map::keys)
    {
        names.claim(name.clone());
    }
    let mut bundler = Bundler {
        root: path,
        files: BTreeMap::new(),
        imported: BTreeMap::new(),
        schemas: BTreeMap::new(),
        names,
        inlining: Vec::new(),
        root_copy: None,
    };
    if has_deep_local_ref(document) {
        bundler.root_copy = Some(document.clone());
    }
    bundler.walk(document, None, &mut Vec::new())?;
    if bundler.schemas.is_empty() {
        return Ok(());
    }
    let Some(root) = document.as_object_mut() else {
        // Not reached: a document that is not an object has no `$ref` to
        // another file, so nothing was imported.
        return Ok(());
    };
    let components = object_entry(root, "components", "#/components")?;
    let schemas = object_entry(components, "schemas", "#/components/schemas")?;
    schemas.extend(bundler.schemas);
    Ok(())
}

/// The object under `key` in the object `parent`, made empty if missing;
/// `pointer` is where that object is.
fn object_entry<'v>(
    parent: &'v mut Map<String, Value>,
    key: &str,
    pointer: &str,
) -> Result<&'v mut Map<String, Value>> {
    parent
        .entry(key)
        .or_insert_with(|| Value::Object(Map::new()))
        .as_object_mut()
        .ok_or_else(|| Error::Invalid {
            pointer: pointer.to_owned(),
            message: format!("`{key}` must be an object"),
        })
}

/// A `$ref` to the root's component schema `name`.
fn schema_ref(name: &str) -> Value {
    serde_json::json!({ "$ref": format!("#/components/schemas/{}", pointer_token(name)) })
}

/// Whether the value at `path` (keys from the document root) is a schema.
pub(crate) fn is_schema_position(path: &[String]) -> bool {
    let last = path.last().map(String::as_str);
    let parent = path.len().checked_sub(2).map(|i| path[i].as_str());
    matches!(
        last,
        Some("schema" | "items" | "additionalProperties" | "not")
    ) || matches!(parent, Some("properties" | "allOf" | "oneOf" | "anyOf"))
        || (parent == Some("schemas") && path.len() == 3 && path[0] == "components")
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// The JSON pointer of the place `path` (keys from the document root).
pub(crate) fn pointer_of(path: &[String]) -> String {
    let tokens: String = path
        .iter()
        .map(|t| format!("/{}", pointer_token(t)))
        .collect();
    format!("#{tokens}")
}

impl Bundler<'_> {
    /// Bundles every reference below `value`, which lives in `file` (`None`
    /// for the root) at `path`.
    fn walk(
        &mut self,
        value: &mut Value,
        file: Option<&Path>,
        path: &mut Vec<String>,
    ) -> Result<()> {
        if let Some(reference) = value.get("$ref").and_then(Value::as_str) {
            let is_local_to_root = file.is_none() && reference.starts_with('#');
            if !is_local_to_root || is_deep_local(reference) {
                let reference = reference.to_owned();
                *value = self.resolve(&reference, file, path)?;
            }
            return Ok(());
        }
        match value {
            Value::Object(map) => {
                // Literal data: a `$ref` inside an example is an example.
                // (`default` is a schema's literal, but a response too.)
                let in_responses = path.last().is_some_and(|key| key == "responses");
                let literal = |key: &str| {
                    matches!(key, "example" | "enum" | "const") || key == "default" && !in_responses
                };
                for (key, child) in map.iter_mut().filter(|(key, _)| !literal(key)) {
                    path.push(key.clone());
                    self.walk(child, file, path)?;
                    path.pop();
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter_mut().enumerate() {
                    path.push(index.to_string());
                    self.walk(child, file, path)?;
                    path.pop();
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// What replaces the `$ref` at `path`: a local reference to an
    /// imported schema, or a bundled copy of the item.
    fn resolve(
        &mut self,
        reference: &str,
        file: Option<&Path>,
        path: &mut Vec<String>,
    ) -> Result<Value> {
        let pointer = pointer_of(path);
        let unresolved = |hint: String| Error::UnresolvedRef {
            pointer: pointer.clone(),
            reference: reference.to_owned(),
            hint,
        };
        let (file_part, fragment) = reference.split_once('#').unwrap_or((reference, ""));
        if file_part.contains("://") {
            return Err(unresolved(String::from(
                "; remote references are not fetched: download the file and refer to it by a relative path",
            )));
        }
        let target_file = if file_part.is_empty() {
            file.map(Path::to_path_buf)
        } else {
            let Some(base) = file.or(self.root) else {
                return Err(unresolved(String::from(
                    "; it names another file, but the spec was given as text: generate from the spec's path so the file can be found",
                )));
            };
            let joined = base.parent().unwrap_or(Path::new("")).join(file_part);
            // One key per file, however the references spell their paths.
            let resolved = joined.canonicalize().map_err(|error| {
                unresolved(format!("; cannot read `{}`: {error}", joined.display()))
            })?;
            if let Some(root) = self.root
                && same_file(root, &resolved)
            {
                // Back into the root document: an ordinary local reference.
                return Ok(serde_json::json!({ "$ref": format!("#{fragment}") }));
            }
            if !self.files.contains_key(&resolved) {
                let text = std::fs::read_to_string(&resolved).map_err(|error| {
                    unresolved(format!("; cannot read `{}`: {error}", resolved.display()))
                })?;
                let parsed = parse_value(&text).map_err(|error| Error::Invalid {
                    pointer: pointer.clone(),
                    message: format!(
                        "`{}`, which `{reference}` names: {error}",
                        resolved.display()
                    ),
                })?;
                self.files.insert(resolved.clone(), parsed);
            }
            Some(resolved)
        };
        let target: Target = (target_file.clone(), fragment.to_owned());
        let content = match &target_file {
            Some(target_file) => self.files[target_file].pointer(fragment).cloned(),
            None => self
                .root_copy
                .as_ref()
                .and_then(|root| root.pointer(fragment).cloned()),
        };
        let content = content.ok_or_else(|| {
            let file = target_file.as_ref().map_or_else(
                || String::from("the spec"),
                |f| format!("`{}`", f.display()),
            );
            unresolved(format!("; {file} has nothing at `#{fragment}`"))
        })?;

        if is_schema_position(path) || fragment.starts_with("/components/schemas/") {
            if let Some(name) = self.imported.get(&target) {
                return Ok(schema_ref(name));
            }
            let natural = match &target_file {
                None => local_schema_name(fragment),
                Some(target_file) => fragment
                    .rsplit('/')
                    .next()
                    .filter(|token| !token.is_empty())
                    .map(decode_pointer_token)
                    .or_else(|| {
                        target_file
                            .file_stem()
                            .map(|stem| stem.to_string_lossy().into_owned())
                    })
                    .unwrap_or_else(|| String::from("Schema")),
            };
            let name = self.names.claim(natural);
            self.imported.insert(target, name.clone());
            let mut content = content;
            let mut schema_path = vec![
                String::from("components"),
                String::from("schemas"),
                name.clone(),
            ];
            self.walk(&mut content, target_file.as_deref(), &mut schema_path)?;
            let reference = schema_ref(&name);
            self.schemas.insert(name, content);
            return Ok(reference);
        }

        if self.inlining.contains(&target) {
            return Err(Error::Invalid {
                pointer,
                message: format!(
                    "`$ref` `{reference}` leads back to itself through other files; only schemas may refer to themselves"
                ),
            });
        }
        self.inlining.push(target);
        let mut content = content;
        let result = self.walk(&mut content, target_file.as_deref(), path);
        self.inlining.pop();
        result?;
        Ok(content)
    }
}
