//! The generated `Client`: one async method per operation, plus a
//! `_with_http_info` twin that also returns the status and headers.

use openapi_ir::{
    Answer, Api, BodyEncoding, Operation, ParameterLocation, ParameterStyle, ResponseBody,
    SecurityKind, Tag, TypeKind, TypeRef, code_span,
};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::docs::{doc_attrs, doc_paragraphs};
use crate::types::{Scope, additional_field_name, body_decoder, type_tokens};

/// Some operations of one tag (or of none), documented together.
pub(crate) struct TagGroup<'a> {
    /// `None` for operations without a tag, and for every block of a tag
    /// but its first (which carries the tag's docs).
    tag: Option<&'a Tag>,
    operations: Vec<&'a Operation>,
}

impl TagGroup<'_> {
    /// The feature the group's operations are compiled under (they share
    /// their first tag).
    pub(crate) fn feature(&self) -> Option<String> {
        self.operations
            .first()
            .and_then(|operation| crate::features::operation_feature(operation))
    }
}

/// The most operations in one `impl Client` block: a tag with more gets
/// several blocks, so no block's tokens and syntax tree grow with the API
/// (Stripe's 468 operations share one tag).
const OPERATIONS_PER_BLOCK: usize = 16;

/// The operations grouped by their first tag: untagged ones first, then
/// each tag in name order, each in method-name order, in blocks of at most
/// [`OPERATIONS_PER_BLOCK`].
pub(crate) fn tag_groups<'a>(api: &'a Api) -> Vec<TagGroup<'a>> {
    let mut groups: Vec<TagGroup<'_>> = Vec::new();
    let mut untagged = Vec::new();
    let mut by_tag: std::collections::BTreeMap<&str, Vec<&Operation>> = Default::default();
    for operation in &api.operations {
        match operation.tags.first() {
            Some(tag) => by_tag.entry(tag).or_default().push(operation),
            None => untagged.push(operation),
        }
    }
    let mut add = |tag: Option<&'a Tag>, operations: Vec<&'a Operation>| {
        for (index, block) in operations.chunks(OPERATIONS_PER_BLOCK).enumerate() {
            groups.push(TagGroup {
                tag: tag.filter(|_| index == 0),
                operations: block.to_vec(),
            });
        }
    };
    add(None, untagged);
    for (name, operations) in by_tag {
        add(api.tags.iter().find(|tag| tag.name == name), operations);
    }
    groups
}

/// One tag's `impl Client` block: rustdoc shows each as a section of the
/// client's methods, headed by the tag's description.
pub(crate) fn tag_impl(api: &Api, group: &TagGroup<'_>) -> TokenStream {
    let methods = group
        .operations
        .iter()
        .map(|operation| operation_methods(api, operation));
    let docs = group.tag.map(|tag| {
        let heading = format!("Operations tagged {}.", code_span(&tag.name));
        doc_paragraphs([Some(heading.as_str()), tag.docs.as_deref()])
    });
    quote! {
        #docs
        impl Client {
            #(#methods)*
        }
    }
}

/// The `Client` struct and its constructor; the operations' methods are in
/// [`tag_impl`] blocks.
pub(crate) fn client_items(api: &Api) -> TokenStream {
    let base_url = api
        .default_base_url
        .as_deref()
        .unwrap_or("http://localhost");
    let base_url_doc = match &api.default_base_url {
        Some(_) => " The base URL the spec's `servers` gives.".to_owned(),
        None => " The spec lists no `servers`: set the base URL on the builder.".to_owned(),
    };
    let client_doc = format!(" A client for {}, version {}.", api.title, api.version);
    quote! {
        #[doc = #base_url_doc]
        pub const DEFAULT_BASE_URL: &str = #base_url;

        #[doc = #client_doc]
        ///
        /// Build one with [`Client::builder`]; clones share one connection pool.
        #[derive(Clone, Debug)]
        pub struct Client {
            inner: ::openapi_client_runtime::Client,
        }

        impl ::openapi_client_runtime::ApiClient for Client {
            fn from_runtime(inner: ::openapi_client_runtime::Client) -> Self {
                Self { inner }
            }
        }

        impl Client {
            /// Starts a client for [`DEFAULT_BASE_URL`], identifying itself
            /// with this crate's name and version as its user agent.
            pub fn builder() -> ::openapi_client_runtime::ClientBuilder<Self> {
                ::openapi_client_runtime::ClientBuilder::new(DEFAULT_BASE_URL)
                    .user_agent(concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")))
            }

            /// The base URL requests go to.
            #[must_use]
            pub fn base_url(&self) -> &str {
                self.inner.base_url()
            }
        }
    }
}

/// The two methods of one operation: the plain call and its
/// `_with_http_info` twin.
pub(crate) fn operation_methods(api: &Api, operation: &Operation) -> TokenStream {
    let name = format_ident!("{}", operation.name);
    let with_info = format_ident!("{}_with_http_info", operation.name);
    let (success, success_decoder) = match &operation.success {
        Some(answer) => (answer_type(api, answer), answer_decoder(api, answer)),
        None => (
            quote!(()),
            quote!(::openapi_client_runtime::decode::nothing),
        ),
    };
    let (error, error_decoder) = match &operation.error {
        Some(answer) => (answer_type(api, answer), answer_decoder(api, answer)),
        None => (
            quote!(::openapi_client_runtime::serde_json::Value),
            quote!(::openapi_client_runtime::decode::json),
        ),
    };

    let mut arguments = Vec::new();
    let mut argument_names = Vec::new();
    for parameter in &operation.parameters {
        let argument = format_ident!("{}", parameter.name);
        let ty = match (&parameter.ty, parameter.required) {
            (TypeRef::String, true) => quote!(&str),
            (TypeRef::String, false) => quote!(::std::option::Option<&str>),
            (ty, true) => type_tokens(api, ty, Scope::Client),
            (ty, false) => {
                let ty = type_tokens(api, ty, Scope::Client);
                quote!(::std::option::Option<#ty>)
            }
        };
        arguments.push(quote!(#argument: #ty));
        argument_names.push(argument);
    }
    // Simple bodies are one more call on the request; multipart ones build
    // their form first.
    let mut body_call = None;
    let mut body_statement = None;
    if let Some(body) = &operation.body {
        let ty = type_tokens(api, &body.ty, Scope::Client);
        arguments.push(quote!(body: impl ::std::convert::Into<#ty>));
        argument_names.push(format_ident!("body"));
        let media_type = &body.media_type;
        body_call = match body.encoding {
            BodyEncoding::Form => Some(quote!(.form_body(&body.into()))),
            BodyEncoding::Json if media_type == "application/json" => {
                Some(quote!(.json_body(&body.into())))
            }
            BodyEncoding::Json => Some(quote!(.json_body_as(&body.into(), #media_type))),
            BodyEncoding::Text => Some(quote!(.text_body(body.into(), #media_type))),
            BodyEncoding::Binary => Some(quote!(.bytes_body(body.into(), #media_type))),
            BodyEncoding::Multipart => {
                body_statement = Some(multipart_statement(api, &body.ty, &ty));
                None
            }
        };
    }

    let path = &operation.path;
    let method = format_ident!("{}", operation.method.as_str());
    let security = (!operation.security.is_empty()).then(|| {
        let alternatives = security_expression(api, operation);
        quote!(.security(#alternatives))
    });
    // The runtime writes any value in the parameter's style; the generated
    // code names the style only where it is not the location's default.
    let parameter_calls = operation.parameters.iter().map(|parameter| {
        let argument = format_ident!("{}", parameter.name);
        let api_name = &parameter.api_name;
        let (add, add_with_style) = match parameter.location {
            ParameterLocation::Path => (quote!(path), quote!(path_parameter)),
            ParameterLocation::Query => (quote!(query), quote!(query_parameter)),
            ParameterLocation::Header => (quote!(header), quote!(header_parameter)),
            ParameterLocation::Cookie => (quote!(cookie), quote!(cookie_parameter)),
        };
        if parameter.style == parameter.location.default_style() {
            return quote!(.#add(#api_name, &#argument));
        }
        let style = match parameter.style {
            ParameterStyle::FormExploded => quote!(FormExploded),
            ParameterStyle::Form => quote!(Form),
            ParameterStyle::SpaceDelimited => quote!(SpaceDelimited),
            ParameterStyle::PipeDelimited => quote!(PipeDelimited),
            ParameterStyle::DeepObject => quote!(DeepObject),
            ParameterStyle::Simple => quote!(Simple),
            ParameterStyle::SimpleExploded => quote!(SimpleExploded),
        };
        quote!(.#add_with_style(#api_name, ::openapi_client_runtime::parameter_style::Style::#style, &#argument))
    });
    // The common shapes read best through the runtime's shorthands.
    let json_errors = matches!(
        &operation.error,
        None | Some(Answer::Body(ResponseBody {
            encoding: BodyEncoding::Json,
            ..
        }))
    );
    let execute = match &operation.success {
        None if json_errors => quote!(execute_without_body(request)),
        Some(Answer::Body(body)) if json_errors && body.encoding == BodyEncoding::Json => {
            quote!(execute(request))
        }
        _ => quote!(execute_with(request, #success_decoder, #error_decoder)),
    };
    let accept = accept_header(api, operation).map(|media_types| quote!(.accept(#media_types)));
    let fixed_query = operation
        .fixed_query
        .iter()
        .map(|(key, value)| quote!(.query(#key, &#value)));

    let wire = format!(
        "Sends {}.",
        code_span(&format!("{} {}", operation.method.as_str(), operation.path))
    );
    let auth = auth_doc(api, operation);
    let errors = errors_doc(operation);
    let pages = operation
        .parameters
        .iter()
        .any(|parameter| parameter.api_name == "bookmark")
        .then_some(
            "Answers one page of a list. [`openapi_client_runtime::paginate::all`] reads every \
             page, passing each page's `bookmark` back in.",
        );
    let docs = doc_paragraphs([
        operation.docs.as_deref(),
        Some(&wire),
        pages,
        auth.as_deref(),
        Some(&errors),
    ]);
    let info_doc = doc_attrs(Some(&format!(
        "Like [`Client::{}`], and also returns the HTTP status and headers.\n\n# Errors\n\nAs [`Client::{}`].",
        operation.name, operation.name
    )));

    quote! {
        #docs
        pub async fn #name(&self, #(#arguments),*) -> ::std::result::Result<#success, ::openapi_client_runtime::Error<#error>> {
            self.#with_info(#(#argument_names),*).await.map(::openapi_client_runtime::ResponseValue::into_body)
        }

        #info_doc
        pub async fn #with_info(&self, #(#arguments),*) -> ::std::result::Result<::openapi_client_runtime::ResponseValue<#success>, ::openapi_client_runtime::Error<#error>> {
            let request = ::openapi_client_runtime::Request::new(::openapi_client_runtime::Method::#method, #path)
                #security
                #accept
                #(#fixed_query)*
                #(#parameter_calls)*
                #body_call;
            #body_statement
            self.inner.#execute.await
        }
    }
}

/// How each security alternative of `operation` authenticates, each way
/// once: schemes that differ only in name (OAuth scopes, say) are the same
/// way.
fn security_alternatives<'a>(api: &'a Api, operation: &Operation) -> Vec<Vec<&'a SecurityKind>> {
    distinct(operation.security.iter().map(|alternative| {
        alternative
            .iter()
            .filter_map(|name| api.security_scheme(name))
            .map(|scheme| &scheme.kind)
            .collect()
    }))
}

/// `items` without repeats, in first-seen order.
fn distinct<T: PartialEq>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut distinct = Vec::new();
    for item in items {
        if !distinct.contains(&item) {
            distinct.push(item);
        }
    }
    distinct
}

fn security_expression(api: &Api, operation: &Operation) -> TokenStream {
    let alternatives = security_alternatives(api, operation);
    let alternatives = alternatives.iter().map(|kinds| {
        let schemes = kinds.iter().map(|kind| match kind {
            SecurityKind::Basic => quote!(::openapi_client_runtime::Auth::Basic),
            SecurityKind::Bearer => quote!(::openapi_client_runtime::Auth::Bearer),
            SecurityKind::ApiKey { location, name } => {
                let variant = match location {
                    openapi_ir::ApiKeyLocation::Header => format_ident!("ApiKeyHeader"),
                    openapi_ir::ApiKeyLocation::Query => format_ident!("ApiKeyQuery"),
                    openapi_ir::ApiKeyLocation::Cookie => format_ident!("ApiKeyCookie"),
                };
                quote!(::openapi_client_runtime::Auth::#variant(#name))
            }
        });
        quote!(&[#(#schemes),*])
    });
    quote!(&[#(#alternatives),*])
}

fn auth_doc(api: &Api, operation: &Operation) -> Option<String> {
    // API keys in different places read the same here, so the sentences
    // are made distinct too.
    let alternatives = distinct(security_alternatives(api, operation).iter().map(|kinds| {
        let kinds: Vec<&str> = kinds
            .iter()
            .map(|kind| match kind {
                SecurityKind::Basic => "HTTP basic auth (`ClientBuilder::basic_auth`)",
                SecurityKind::Bearer => "a bearer token (`ClientBuilder::bearer_token`)",
                SecurityKind::ApiKey { .. } => "an API key (`ClientBuilder::api_key`)",
            })
            .collect();
        if kinds.is_empty() {
            "no authentication".to_owned()
        } else {
            kinds.join(" and ")
        }
    }));
    if alternatives.is_empty() {
        None
    } else {
        Some(format!(
            "Authenticates with {}.",
            alternatives.join(", or ")
        ))
    }
}

/// Builds the multipart form from `body`: each field of the body's struct
/// a part of its own (files as file parts, the rest as text or JSON), or,
/// for a body that is not a struct, each property of its JSON object.
fn multipart_statement(api: &Api, body: &TypeRef, ty: &TokenStream) -> TokenStream {
    let form = quote!(::openapi_client_runtime::multipart::Form);
    let resolved = api.resolve_alias(body);
    let fields = match resolved {
        TypeRef::Named(id) => match &api.type_def(*id).kind {
            TypeKind::Struct(fields) => Some(fields),
            _ => None,
        },
        _ => None,
    };
    let Some(def) = fields else {
        return quote! {
            let body: #ty = body.into();
            let mut form = #form::new();
            form.object(&body);
            let request = request.multipart_body(&form);
        };
    };
    let parts = def.fields.iter().map(|field| {
        let name = format_ident!("{}", field.name);
        let api_name = &field.api_name;
        if holds_files(&field.ty) {
            quote!(form.files(#api_name, &body.#name);)
        } else {
            quote!(form.field(#api_name, &body.#name);)
        }
    });
    // A typed map and `RawFields` both iterate by name.
    let additional = def.additional.as_ref().map(|_| {
        let name = additional_field_name(def);
        quote! {
            for (name, value) in body.#name.iter() {
                form.field(name, value);
            }
        }
    });
    quote! {
        let body: #ty = body.into();
        let mut form = #form::new();
        #(#parts)*
        #additional
        let request = request.multipart_body(&form);
    }
}

/// Whether a field's values are files (`File`, possibly optional or in a
/// list): the runtime's `Form::files` takes any of those shapes.
fn holds_files(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::File => true,
        TypeRef::Nullable(inner) | TypeRef::List(inner) => holds_files(inner),
        _ => false,
    }
}

/// The Rust type an answer decodes into, as the client names it.
fn answer_type(api: &Api, answer: &Answer) -> TokenStream {
    match answer {
        Answer::Body(body) => type_tokens(api, &body.ty, Scope::Client),
        Answer::ByStatus(id) => type_tokens(api, &TypeRef::Named(*id), Scope::Client),
    }
}

/// The runtime decoder (or per-status enum's `from_response`) for an answer.
fn answer_decoder(api: &Api, answer: &Answer) -> TokenStream {
    match answer {
        Answer::Body(body) => body_decoder(body),
        Answer::ByStatus(id) => {
            let ty = answer_type(api, &Answer::ByStatus(*id));
            quote!(#ty::from_response)
        }
    }
}

/// The `Accept` header when the answers are not all JSON: every media type
/// they may come in, in the order declared.
fn accept_header(api: &Api, operation: &Operation) -> Option<String> {
    let mut bodies: Vec<&ResponseBody> = Vec::new();
    for answer in [&operation.success, &operation.error].into_iter().flatten() {
        match answer {
            Answer::Body(body) => bodies.push(body),
            Answer::ByStatus(id) => {
                if let TypeKind::StatusUnion(union) = &api.type_def(*id).kind {
                    bodies.extend(union.variants.iter().filter_map(|v| v.body.as_ref()));
                }
            }
        }
    }
    if bodies
        .iter()
        .all(|body| body.encoding == BodyEncoding::Json)
    {
        return None;
    }
    let mut media_types: Vec<&str> = Vec::new();
    for body in bodies {
        if !media_types.contains(&body.media_type.as_str()) {
            media_types.push(&body.media_type);
        }
    }
    Some(media_types.join(", "))
}

fn errors_doc(operation: &Operation) -> String {
    let declared = match &operation.error {
        Some(Answer::ByStatus(_)) => "[`openapi_client_runtime::Error::Api`] when the server answers with a declared error status, its body typed by status".to_owned(),
        Some(Answer::Body(error)) => match &error.docs {
            Some(docs) => format!(
                "[`openapi_client_runtime::Error::Api`] when the server answers with its declared error ({})",
                docs.lines().next().unwrap_or_default().trim_end_matches('.')
            ),
            None => "[`openapi_client_runtime::Error::Api`] when the server answers with its declared error".to_owned(),
        },
        None => "[`openapi_client_runtime::Error::UnexpectedResponse`] for any error answer (the spec declares none)".to_owned(),
    };
    format!(
        "# Errors\n\n{declared}; otherwise any other [`openapi_client_runtime::Error`]: an undeclared error body, an undecodable answer, a timeout, a transport failure, or missing credentials."
    )
}
