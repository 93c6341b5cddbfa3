//! Specs split across files: what resolves, and the errors for what does not.

use std::path::{Path, PathBuf};

use openapi_ir::{Error, lower, parse_spec, parse_spec_at};

/// A fresh directory of spec files, removed when dropped.
struct Directory(PathBuf);

impl Drop for Directory {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl std::ops::Deref for Directory {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

/// A fresh directory holding `files` (relative path → text).
fn directory(name: &str, files: &[(&str, &str)]) -> Directory {
    let dir = std::env::temp_dir().join(format!("openapi-ir-split-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().expect("files sit in a directory")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    Directory(dir)
}

fn root(schema_ref: &str) -> String {
    format!(
        "openapi: 3.0.3
info: {{title: t, version: '1'}}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {{$ref: '{schema_ref}'}}
"
    )
}

fn load_at(dir: &Path) -> Result<openapi_ir::Api, Error> {
    let path = dir.join("api.yaml");
    let text = std::fs::read_to_string(&path).expect("root exists");
    lower(&parse_spec_at(&text, &path)?)
}

#[test]
fn schemas_from_other_files_become_components_named_once() {
    let dir = directory(
        "ok",
        &[
            ("api.yaml", &root("models/all.yaml#/Thing")),
            (
                "models/all.yaml",
                "Thing: {type: object, properties: {part: {$ref: 'part.yaml'}, again: {$ref: '#/Thing'}}}",
            ),
            (
                "models/part.yaml",
                "{type: object, properties: {n: {type: integer}}}",
            ),
        ],
    );
    let api = load_at(&dir).unwrap_or_else(|error| panic!("{error}"));
    let names: Vec<_> = api.types.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Part", "Thing"]);
    let pointers: Vec<_> = api.types.iter().map(|t| t.pointer.as_str()).collect();
    assert_eq!(
        pointers,
        ["#/components/schemas/part", "#/components/schemas/Thing"]
    );
}

#[test]
fn unresolvable_files_and_pointers_name_the_reference_and_the_file() {
    let pointer = "#/paths/~1a/get/responses/200/content/application~1json/schema";
    let cases = [
        ("missing", root("nowhere.yaml"), vec![], "cannot read `"),
        (
            "bad-pointer",
            root("models.yaml#/Nope"),
            vec![("models.yaml", "Thing: {type: string}")],
            "has nothing at `#/Nope`",
        ),
        (
            "remote",
            root("https://example.com/s.yaml#/X"),
            vec![],
            "remote references are not fetched",
        ),
    ];
    for (name, text, extra, expected) in cases {
        let mut files = vec![("api.yaml", text.as_str())];
        files.extend(extra);
        let dir = directory(name, &files);
        let error = load_at(&dir).unwrap_err();
        assert!(
            matches!(error, Error::UnresolvedRef { .. }),
            "{name}: {error:?}"
        );
        let message = error.to_string();
        assert!(message.starts_with(pointer), "{name}: {message}");
        assert!(message.contains(expected), "{name}: {message}");
    }

    let dir = directory(
        "syntax",
        &[
            ("api.yaml", &root("broken.yaml")),
            ("broken.yaml", "a: [unclosed"),
        ],
    );
    let message = load_at(&dir).unwrap_err().to_string();
    assert!(
        message.contains("broken.yaml") && message.contains("YAML syntax error"),
        "{message}"
    );
}

#[test]
fn a_spec_given_as_text_cannot_follow_references_to_files() {
    let error = parse_spec(&root("models.yaml#/Thing")).unwrap_err();
    assert!(
        error.to_string().contains("generate from the spec's path"),
        "{error}"
    );
}

#[test]
fn non_schema_items_that_include_themselves_are_refused() {
    let dir = directory(
        "cycle",
        &[
            (
                "api.yaml",
                "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a: {$ref: 'a.yaml'}\n",
            ),
            ("a.yaml", "get: {$ref: 'b.yaml'}"),
            ("b.yaml", "$ref: 'a.yaml#/get'"),
        ],
    );
    let message = load_at(&dir).unwrap_err().to_string();
    assert!(message.contains("leads back to itself"), "{message}");
}

/// `$ref`s to any place in the document, not only to whole components: a
/// property of another schema, another operation's answer, a callback.
#[test]
fn references_deep_into_the_document_are_pulled_in() {
    let spec = r##"
openapi: 3.0.3
info: {title: deep, version: '1'}
paths:
  /disks:
    get:
      operationId: disks/list
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  filesystem: {$ref: '#/components/schemas/Disk/properties/filesystem'}
  /disks/again:
    get:
      operationId: disks/again
      callbacks:
        done: {$ref: '#/components/callbacks/Done'}
      responses:
        '200':
          description: the same answer as the list
          content:
            application/json:
              schema: {$ref: '#/paths/~1disks/get/responses/200/content/application~1json/schema'}
components:
  callbacks:
    Done:
      '{$request.body#/url}':
        post:
          responses: {'200': {description: ok}}
  schemas:
    Disk:
      type: object
      properties:
        filesystem:
          type: object
          required: [kind]
          properties: {kind: {type: string}}
"##;
    let api = openapi_ir::load(spec).expect("deep references resolve");
    let names: Vec<&str> = api.types.iter().map(|t| t.name.as_str()).collect();
    assert!(names.contains(&"Filesystem"), "{names:?}");
    assert!(names.contains(&"DisksGet200"), "{names:?}");
    let again = api
        .operations
        .iter()
        .find(|o| o.name == "disks_again")
        .expect("operation");
    let Some(openapi_ir::Answer::Body(body)) = &again.success else {
        panic!("{:?}", again.success)
    };
    let openapi_ir::TypeRef::Named(id) = body.ty else {
        panic!("{:?}", body.ty)
    };
    assert_eq!(api.type_def(id).name, "DisksGet200");
}
