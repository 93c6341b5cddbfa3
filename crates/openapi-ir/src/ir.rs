//! The lowered API: plain, sorted data that says what to generate.
//!
//! Nothing here knows about `openapiv3` or about Rust tokens. Every item keeps
//! its Rust name (`name`) beside the name the spec gives it (`api_name`), and
//! the JSON pointer of the place in the spec it came from, so later stages can
//! both write code and explain themselves.

/// A whole API, lowered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Api {
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// `info.description`, as documentation text.
    pub docs: Option<String>,
    /// The first entry of `servers`, if any: the client's default base URL.
    pub default_base_url: Option<String>,
    /// The tags operations are grouped by, sorted by name: those the spec
    /// declares and those operations name without declaring.
    pub tags: Vec<Tag>,
    /// Security schemes, sorted by `api_name`.
    pub security_schemes: Vec<SecurityScheme>,
    /// Operations, sorted by Rust name.
    pub operations: Vec<Operation>,
    /// The type arena, sorted by Rust name; [`TypeId`]s index into it.
    pub types: Vec<TypeDef>,
    /// Constructs the generator typed around, each with the place it met them.
    pub warnings: Vec<Warning>,
    /// The examples the spec gives for schemas and JSON bodies, sorted by
    /// pointer: data to check the generated types against.
    pub examples: Vec<Example>,
}

/// One example value the spec gives, and the type it should decode into.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Example {
    /// JSON pointer of the example itself (`…/example`,
    /// `…/examples/some_name/value`).
    pub pointer: String,
    /// JSON pointer of the schema the example illustrates.
    pub schema_pointer: String,
    /// The type that schema lowered to.
    pub ty: TypeRef,
    /// The example.
    pub value: serde_json::Value,
}

impl Api {
    /// The type a [`TypeId`] names.
    ///
    /// Ids come from the same lowering run as the arena, so indexing is an
    /// invariant, not a lookup that can miss.
    #[must_use]
    pub fn type_def(&self, id: TypeId) -> &TypeDef {
        &self.types[id.0]
    }

    /// The type an alias stands for, through any chain of aliases.
    #[must_use]
    pub fn resolve_alias<'a>(&'a self, ty: &'a TypeRef) -> &'a TypeRef {
        let mut ty = ty;
        // An alias chain is at most as long as the arena; a cycle cannot be
        // lowered, but the bound keeps this loop finite regardless.
        for _ in 0..self.types.len() {
            match ty {
                TypeRef::Named(id) => match &self.type_def(*id).kind {
                    TypeKind::Alias(target) => ty = target,
                    _ => return ty,
                },
                _ => return ty,
            }
        }
        ty
    }

    /// The security scheme an operation's requirement names.
    #[must_use]
    pub fn security_scheme(&self, api_name: &str) -> Option<&SecurityScheme> {
        self.security_schemes
            .iter()
            .find(|scheme| scheme.api_name == api_name)
    }
}

/// A tag: a group of operations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tag {
    /// The tag's name in the spec (`ad_accounts`).
    pub name: String,
    /// Documentation text from its `description`.
    pub docs: Option<String>,
}

/// Something the generator could not type exactly and degraded.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    /// JSON pointer of the place in the spec, such as `#/components/schemas/Pin`.
    pub pointer: String,
    /// What was degraded, and to what.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.pointer, self.message)
    }
}

/// Index of a [`TypeDef`] in [`Api::types`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub usize);

/// A named type to generate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeDef {
    /// Rust name (`OauthAccessTokenResponse`).
    pub name: String,
    /// Where it was defined: the component name, or for inline schemas the
    /// pointer's last segment.
    pub api_name: String,
    /// JSON pointer of the schema.
    pub pointer: String,
    /// Documentation text from `title` and `description`.
    pub docs: Option<String>,
    /// What kind of type it is.
    pub kind: TypeKind,
}

/// The shapes of generated types.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypeKind {
    /// An object: a struct with named fields.
    Struct(Struct),
    /// A string `enum`: one variant per listed value, plus a fallback for
    /// values the spec does not list.
    StringEnum(StringEnum),
    /// An integer `enum`: one variant per listed value, plus a fallback for
    /// values the spec does not list.
    IntegerEnum(IntegerEnum),
    /// An object whose shape depends on a discriminator property.
    TaggedUnion(TaggedUnion),
    /// `oneOf`/`anyOf` without a discriminator: the first alternative that
    /// decodes wins.
    UntaggedUnion(UntaggedUnion),
    /// A component that is another type under a new name.
    Alias(TypeRef),
    /// An operation's answers whose bodies differ by status: the status
    /// picks the variant, and so how the body decodes.
    StatusUnion(StatusUnion),
}

/// The answers of one kind (successes, or errors) of an operation, by
/// status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusUnion {
    /// The operation's method and path, for documentation.
    pub operation: String,
    /// Exact statuses first (ascending), then ranges, then `default`: the
    /// order a status is matched in.
    pub variants: Vec<StatusVariant>,
}

/// One declared status of a [`StatusUnion`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusVariant {
    /// Rust variant name (`Status422`, `Status4xx`, `Default`).
    pub name: String,
    /// The statuses it stands for.
    pub status: StatusPattern,
    /// Its body, or `None` for an answer without one.
    pub body: Option<ResponseBody>,
    /// Documentation text from the response's `description`.
    pub docs: Option<String>,
}

/// The statuses a response entry of the spec stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum StatusPattern {
    /// One status (`422`).
    Code(u16),
    /// A class of statuses, by its first digit (`4XX` is `Range(4)`).
    Range(u16),
    /// `default`: any status not listed.
    Default,
}

/// Fields of an object schema, with `allOf` members merged in.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Struct {
    /// Fields in spec order: own properties first, then each `allOf` member's.
    pub fields: Vec<Field>,
    /// The type of properties not listed in `fields`, kept when the schema
    /// allows them and the generator needs them (a union's fallback).
    pub additional: Option<TypeRef>,
    /// For the variant of a tagged union: its tag property and value, which
    /// the struct leaves to the union but writes itself when encoded on its
    /// own. `None` when it is no variant, or the variant of several values.
    pub tag: Option<(String, String)>,
}

/// One property of an object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// Rust name (`r#type`-free: keywords get a trailing underscore).
    pub name: String,
    /// Property name on the wire.
    pub api_name: String,
    /// Its type.
    pub ty: TypeRef,
    /// Listed in `required`: always present on the wire.
    pub required: bool,
    /// Documentation text.
    pub docs: Option<String>,
}

/// A string enum.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct StringEnum {
    /// Variants in spec order.
    pub variants: Vec<EnumVariant>,
    /// Rust name of the variant that holds any other value.
    pub fallback_variant: String,
}

/// One value of a string enum.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct EnumVariant {
    /// Rust variant name.
    pub name: String,
    /// The value on the wire.
    pub api_name: String,
}

/// An integer enum.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct IntegerEnum {
    /// Variants in spec order: Rust name and value.
    pub variants: Vec<(String, i64)>,
    /// Rust name of the variant that holds any other value.
    pub fallback_variant: String,
}

/// A discriminated union: the value of `tag` picks the variant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaggedUnion {
    /// Wire name of the discriminator property (`grant_type`).
    pub tag: String,
    /// One variant per mapping entry, in mapping order. The variant's struct
    /// does not repeat the tag: the union writes and reads it.
    pub variants: Vec<UnionVariant>,
    /// Rust name of the variant that holds [`TaggedUnion::fallback`].
    pub fallback_variant: String,
    /// The struct that holds a value whose tag is missing or not mapped: the
    /// union's own properties, the tag as an optional string, and every other
    /// field kept as raw JSON.
    pub fallback: TypeId,
}

/// Alternatives told apart by shape alone, tried in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UntaggedUnion {
    /// The alternatives, in spec order, except that catch-all JSON comes
    /// last (it would match anything) and repeated types appear once.
    pub variants: Vec<UntaggedVariant>,
}

/// One alternative of an [`UntaggedUnion`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UntaggedVariant {
    /// Rust variant name, from the alternative's type.
    pub name: String,
    /// The alternative's type.
    pub ty: TypeRef,
}

/// One mapping entry of a [`TaggedUnion`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnionVariant {
    /// Rust variant name.
    pub name: String,
    /// The tag value on the wire (`authorization_code`).
    pub tag_value: String,
    /// The struct carrying the variant's fields.
    pub ty: TypeId,
}

/// A reference to a type, as used by fields, bodies and responses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypeRef {
    /// A string.
    String,
    /// A string holding a credential (token, secret, password): it must never
    /// be printed by `Debug`.
    SecretString,
    /// `integer` with format `int32`.
    I32,
    /// Any other `integer`.
    I64,
    /// `integer` with format `uint32`.
    U32,
    /// `integer` with format `uint64`.
    U64,
    /// A `number`, whatever its format: `float` too, since a server may send
    /// more digits than an `f32` keeps.
    F64,
    /// `boolean`.
    Bool,
    /// Anything JSON: free-form objects and what could not be typed.
    Json,
    /// A named type from the arena.
    Named(TypeId),
    /// Raw bytes: a body of a media type that is neither JSON nor text.
    Bytes,
    /// `format: date-time`: an RFC 3339 instant.
    DateTime,
    /// `format: date`: a calendar date (`2026-11-23`).
    Date,
    /// `format: uuid`.
    Uuid,
    /// `format: byte`: bytes written as base64 text.
    Base64,
    /// `format: binary` in a multipart body: a file part (bytes, file name,
    /// media type).
    File,
    /// An `array`.
    List(Box<TypeRef>),
    /// An object used as a map from string keys (`additionalProperties`).
    Map(Box<TypeRef>),
    /// A `nullable` value.
    Nullable(Box<TypeRef>),
}

/// How a security scheme authenticates a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SecurityKind {
    /// HTTP basic: a user name and a password.
    Basic,
    /// A bearer token: HTTP `bearer`, and OAuth 2 and OpenID Connect tokens.
    Bearer,
    /// A key in a header, query parameter or cookie.
    ApiKey {
        /// Where the key goes.
        location: ApiKeyLocation,
        /// The header, parameter or cookie name.
        name: String,
    },
}

/// Where an API key is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ApiKeyLocation {
    /// An HTTP header.
    Header,
    /// A query parameter.
    Query,
    /// A cookie.
    Cookie,
}

/// An entry of `components.securitySchemes`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SecurityScheme {
    /// The scheme's key in the spec (`basic`).
    pub api_name: String,
    /// How it authenticates.
    pub kind: SecurityKind,
    /// Documentation text.
    pub docs: Option<String>,
}

/// An HTTP method.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Method {
    /// GET
    Get,
    /// PUT
    Put,
    /// POST
    Post,
    /// DELETE
    Delete,
    /// OPTIONS
    Options,
    /// HEAD
    Head,
    /// PATCH
    Patch,
    /// TRACE
    Trace,
}

impl Method {
    /// The method as it is written on the wire.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
        }
    }
}

/// One operation: a method on a path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operation {
    /// Rust method name (`oauth_token`).
    pub name: String,
    /// `operationId`, or a name made from method and path when it is missing.
    pub api_name: String,
    /// JSON pointer of the operation (`#/paths/~1oauth~1token/post`).
    pub pointer: String,
    /// HTTP method.
    pub method: Method,
    /// Path template relative to the base URL (`/oauth/token`).
    pub path: String,
    /// Query pairs the spec wrote into the path itself (`/search?type=pin`):
    /// sent with every request, as written.
    pub fixed_query: Vec<(String, String)>,
    /// `tags`; the first is the group the operation is documented in.
    pub tags: Vec<String>,
    /// Documentation text from `summary` and `description`.
    pub docs: Option<String>,
    /// Parameters in spec order: path, query, header.
    pub parameters: Vec<Parameter>,
    /// The request body, if the operation takes one.
    pub body: Option<RequestBody>,
    /// What a successful (2xx) answer decodes into; `None` when it has no body.
    pub success: Option<Answer>,
    /// What an error answer (4xx, 5xx, `default`) decodes into, if declared.
    pub error: Option<Answer>,
    /// Security requirements: the request must satisfy one inner list, each
    /// naming schemes by `api_name`. Empty means no authentication.
    pub security: Vec<Vec<String>>,
}

/// Where a parameter goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ParameterLocation {
    /// Substituted into the path template.
    Path,
    /// Added to the query string.
    Query,
    /// Sent as a header.
    Header,
    /// Sent in the `Cookie` header.
    Cookie,
}

impl ParameterLocation {
    /// The spec's word for it (`in: path`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            ParameterLocation::Path => "path",
            ParameterLocation::Query => "query",
            ParameterLocation::Header => "header",
            ParameterLocation::Cookie => "cookie",
        }
    }

    /// The style a parameter here has when the spec names none: `form`,
    /// exploded, in the query and cookies; `simple` in the path and headers.
    #[must_use]
    pub fn default_style(self) -> ParameterStyle {
        match self {
            ParameterLocation::Query | ParameterLocation::Cookie => ParameterStyle::FormExploded,
            ParameterLocation::Path | ParameterLocation::Header => ParameterStyle::Simple,
        }
    }
}

/// A parameter's `style` and `explode`, as declared or defaulted (`form`
/// exploded in the query and cookies, `simple` in the path and headers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParameterStyle {
    /// `form`, exploded: lists repeat the parameter, objects spread into
    /// parameters of their own.
    FormExploded,
    /// `form`, not exploded: comma-separated.
    Form,
    /// `spaceDelimited`.
    SpaceDelimited,
    /// `pipeDelimited`.
    PipeDelimited,
    /// `deepObject`: `name[property]=value`.
    DeepObject,
    /// `simple`, not exploded: comma-separated.
    Simple,
    /// `simple`, exploded: objects as `key=value` pairs, comma-separated.
    SimpleExploded,
}

/// One operation parameter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parameter {
    /// Rust argument name.
    pub name: String,
    /// Name on the wire.
    pub api_name: String,
    /// Where it goes.
    pub location: ParameterLocation,
    /// How its value is spelled there.
    pub style: ParameterStyle,
    /// Its type.
    pub ty: TypeRef,
    /// Whether the caller must give it.
    pub required: bool,
    /// Documentation text.
    pub docs: Option<String>,
}

/// How a body is encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyEncoding {
    /// `application/json` and `+json` media types.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`: each property a part, files as file parts.
    Multipart,
    /// `text/*`: the body is a string.
    Text,
    /// Any other media type (`application/octet-stream`, `image/png`, `*/*`):
    /// the body is raw bytes.
    Binary,
}

/// What the answers of one kind (successes, or errors) decode into.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// The same body whatever the status.
    Body(ResponseBody),
    /// Bodies that differ by status: a [`TypeKind::StatusUnion`].
    ByStatus(TypeId),
}

/// A request body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestBody {
    /// The media type it is sent as.
    pub media_type: String,
    /// How it is encoded.
    pub encoding: BodyEncoding,
    /// Its type.
    pub ty: TypeRef,
    /// Documentation text.
    pub docs: Option<String>,
}

/// A response body type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseBody {
    /// The media type it is read as.
    pub media_type: String,
    /// How it is decoded: JSON, text or bytes.
    pub encoding: BodyEncoding,
    /// Its type.
    pub ty: TypeRef,
    /// Documentation text from the response's `description`.
    pub docs: Option<String>,
}
