//! Rust items for the type arena: structs, string enums, tagged and
//! untagged unions, per-status answer enums and aliases. Each gets its JSON
//! form from one of the runtime's derives (`Object`, `StringEnum`,
//! `IntegerEnum`, `Tagged`, `Untagged`), steered by `#[wire(…)]` where the
//! spec's names and values differ from the Rust ones; the encoding itself is
//! written once, in the runtime, not in every type.

use openapi_ir::{
    Api, BodyEncoding, IntegerEnum, ResponseBody, StatusPattern, StatusUnion, StringEnum, Struct,
    TaggedUnion, TypeDef, TypeKind, TypeRef, UntaggedUnion, code_span,
};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::docs::doc_attrs;

/// Where a type is referred to from: inside `types`, or from the client.
#[derive(Clone, Copy)]
pub(crate) enum Scope {
    Types,
    Client,
}

/// The Rust type for a [`TypeRef`].
pub(crate) fn type_tokens(api: &Api, ty: &TypeRef, scope: Scope) -> TokenStream {
    match ty {
        TypeRef::String => quote!(::std::string::String),
        TypeRef::SecretString => quote!(::openapi_client_runtime::Secret),
        TypeRef::I32 => quote!(i32),
        TypeRef::I64 => quote!(i64),
        TypeRef::U32 => quote!(u32),
        TypeRef::U64 => quote!(u64),
        TypeRef::F64 => quote!(f64),
        TypeRef::Bool => quote!(bool),
        TypeRef::Json => quote!(::openapi_client_runtime::serde_json::Value),
        TypeRef::Bytes => quote!(::std::vec::Vec<u8>),
        TypeRef::DateTime => {
            quote!(
                ::openapi_client_runtime::chrono::DateTime<::openapi_client_runtime::chrono::Utc>
            )
        }
        TypeRef::Date => quote!(::openapi_client_runtime::chrono::NaiveDate),
        TypeRef::Uuid => quote!(::openapi_client_runtime::uuid::Uuid),
        TypeRef::Base64 => quote!(::openapi_client_runtime::Base64),
        TypeRef::File => quote!(::openapi_client_runtime::multipart::File),
        TypeRef::Named(id) => {
            let name = format_ident!("{}", api.type_def(*id).name);
            match scope {
                Scope::Types => quote!(#name),
                Scope::Client => quote!(types::#name),
            }
        }
        TypeRef::List(item) => {
            let item = type_tokens(api, item, scope);
            quote!(::std::vec::Vec<#item>)
        }
        TypeRef::Map(value) => {
            let value = type_tokens(api, value, scope);
            quote!(::std::collections::BTreeMap<::std::string::String, #value>)
        }
        TypeRef::Nullable(inner) => {
            let inner = type_tokens(api, inner, scope);
            quote!(::std::option::Option<#inner>)
        }
    }
}

/// The items for one arena entry; `index` is its place in the arena and
/// `components` the recursion components (see `recursion`).
pub(crate) fn type_item(
    api: &Api,
    def: &TypeDef,
    index: usize,
    components: &[usize],
) -> TokenStream {
    // Docs only where the spec has words: a line that restates the name
    // tells a reader nothing.
    let docs = doc_attrs(def.docs.as_deref());
    let name = format_ident!("{}", def.name);
    // A field or variant whose type can contain this type again is boxed.
    let value_type = |ty: &TypeRef| {
        let tokens = type_tokens(api, ty, Scope::Types);
        let recursive = crate::recursion::embedded(ty)
            .is_some_and(|target| components[target.0] == components[index]);
        if recursive {
            quote!(::std::boxed::Box<#tokens>)
        } else {
            tokens
        }
    };
    match &def.kind {
        TypeKind::Struct(fields) => struct_item(api, &docs, &name, fields, &value_type),
        TypeKind::UntaggedUnion(union) => untagged_union_item(&docs, &name, union, &value_type),
        TypeKind::StringEnum(values) => string_enum_item(&docs, &name, values),
        TypeKind::IntegerEnum(values) => integer_enum_item(&docs, &name, values),
        TypeKind::TaggedUnion(union) => tagged_union_item(api, &docs, &name, union),
        TypeKind::StatusUnion(union) => status_union_item(api, &name, union),
        TypeKind::Alias(target) => {
            let target = type_tokens(api, target, Scope::Types);
            quote! {
                #docs
                pub type #name = #target;
            }
        }
    }
}

/// `value_type` gives a field's type, boxed where it closes a cycle.
fn struct_item(
    api: &Api,
    docs: &TokenStream,
    name: &proc_macro2::Ident,
    def: &Struct,
    value_type: &dyn Fn(&TypeRef) -> TokenStream,
) -> TokenStream {
    let fields = def.fields.iter().map(|field| {
        let docs = doc_attrs(field.docs.as_deref());
        let field_name = format_ident!("{}", field.name);
        // The derive reads a field's `Option`s: absent and `null` differ
        // only for an optional nullable field, the one whose `None` and
        // `Some(None)` both mean something.
        let (ty, always_written) = match (&field.ty, field.required) {
            (TypeRef::Nullable(inner), true) => {
                let inner = value_type(inner);
                (quote!(::std::option::Option<#inner>), true)
            }
            (TypeRef::Nullable(inner), false) => {
                let inner = value_type(inner);
                (
                    quote!(::std::option::Option<::std::option::Option<#inner>>),
                    false,
                )
            }
            (ty, false) => {
                let inner = value_type(ty);
                (quote!(::std::option::Option<#inner>), false)
            }
            (ty, true) => (value_type(ty), false),
        };
        let api_name = &field.api_name;
        // Any JSON holds `null` itself: an optional field of it keeps a
        // `null` the server sent apart from an absent one.
        let keep_null = !field.required && *api.resolve_alias(&field.ty) == TypeRef::Json;
        let mut wire_args = Vec::new();
        if field.name != field.api_name {
            wire_args.push(quote!(#api_name));
        }
        if always_written {
            wire_args.push(quote!(required));
        }
        if keep_null {
            wire_args.push(quote!(keep_null));
        }
        let wire = (!wire_args.is_empty()).then(|| quote!(#[wire(#(#wire_args),*)]));
        quote! {
            #docs
            #wire
            pub #field_name: #ty,
        }
    });
    let additional = def.additional.as_ref().map(|value| {
        let field_name = additional_field_name(def);
        let ty = match value {
            // Unknown fields may hold anything, credentials included: keep
            // them in a type whose `Debug` shows names only.
            TypeRef::Json => quote!(::openapi_client_runtime::RawFields),
            other => {
                let value = type_tokens(api, other, Scope::Types);
                quote!(::std::collections::BTreeMap<::std::string::String, #value>)
            }
        };
        quote! {
            /// Fields the spec does not list, as the server sent them.
            #[wire(rest)]
            pub #field_name: #ty,
        }
    });
    let page = page_impl(api, name, def);
    let tag = def
        .tag
        .as_ref()
        .map(|(tag, value)| quote!(#[wire(tag = #tag, #value)]));
    quote! {
        #docs
        #[derive(Clone, Debug, PartialEq, ::openapi_client_runtime::Object)]
        #tag
        pub struct #name {
            #(#fields)*
            #additional
        }

        #page
    }
}

/// `impl Page` for one page of a cursor-paginated list: a struct with an
/// `items` list and a text `bookmark` (Pinterest's shape), so the
/// runtime's `paginate` walks it.
fn page_impl(api: &Api, name: &proc_macro2::Ident, def: &Struct) -> Option<TokenStream> {
    let field = |api_name: &str| def.fields.iter().find(|f| f.api_name == api_name);
    let (items, bookmark) = (field("items")?, field("bookmark")?);
    let TypeRef::List(item) = api.resolve_alias(&items.ty) else {
        return None;
    };
    let items_name = format_ident!("{}", items.name);
    let bookmark_name = format_ident!("{}", bookmark.name);
    let items_value = if items.required {
        quote!(self.#items_name)
    } else {
        quote!(self.#items_name.unwrap_or_default())
    };
    // Text, maybe optional, maybe nullable: `Cursor` takes each shape.
    let text = match &bookmark.ty {
        TypeRef::Nullable(inner) => inner.as_ref(),
        other => other,
    };
    if *text != TypeRef::String {
        return None;
    }
    let item = type_tokens(api, item, Scope::Types);
    Some(quote! {
        impl ::openapi_client_runtime::paginate::Page for #name {
            type Item = #item;

            fn into_parts(self) -> (::std::vec::Vec<Self::Item>, ::std::option::Option<::std::string::String>) {
                (#items_value, ::openapi_client_runtime::paginate::Cursor::into_cursor(self.#bookmark_name))
            }
        }
    })
}

/// `additional_properties`, or with underscores added until no listed field
/// has that name.
pub(crate) fn additional_field_name(def: &Struct) -> proc_macro2::Ident {
    let mut name = String::from("additional_properties");
    while def.fields.iter().any(|field| field.name == name) {
        name.push('_');
    }
    format_ident!("{}", name)
}

/// `value_type` gives a variant's type, boxed where it closes a cycle.
fn untagged_union_item(
    docs: &TokenStream,
    name: &proc_macro2::Ident,
    def: &UntaggedUnion,
    value_type: &dyn Fn(&TypeRef) -> TokenStream,
) -> TokenStream {
    let variants = def.variants.iter().map(|variant| {
        let variant_name = format_ident!("{}", variant.name);
        let ty = value_type(&variant.ty);
        quote! {
            #variant_name(#ty),
        }
    });
    quote! {
        #docs
        ///
        /// Decoding tries each variant in order and keeps the first that holds
        /// the value whole (it knows every field sent), else the first that
        /// decodes at all.
        #[derive(Clone, Debug, PartialEq, ::openapi_client_runtime::Untagged)]
        pub enum #name {
            #(#variants)*
        }
    }
}

fn string_enum_item(
    docs: &TokenStream,
    name: &proc_macro2::Ident,
    def: &StringEnum,
) -> TokenStream {
    let variants = def.variants.iter().map(|variant| {
        let api_name = &variant.api_name;
        (
            variant.name.as_str(),
            quote!(#api_name),
            code_span(&variant.api_name),
        )
    });
    let variants = wire_variants(variants);
    let fallback = format_ident!("{}", def.fallback_variant);
    quote! {
        #docs
        #[derive(Clone, Debug, PartialEq, Eq, Hash, ::openapi_client_runtime::StringEnum)]
        pub enum #name {
            #(#variants)*
            /// A value this client does not know, kept as sent.
            #[wire(other)]
            #fallback(::std::string::String),
        }
    }
}

/// The variants of an enum of wire values (string or integer), from each
/// value's Rust variant name, literal and doc text.
fn wire_variants<'a>(
    values: impl Iterator<Item = (&'a str, TokenStream, String)>,
) -> Vec<TokenStream> {
    values
        .map(|(variant, literal, doc)| {
            let variant = format_ident!("{}", variant);
            let doc = format!(" {doc}");
            quote! {
                #[doc = #doc]
                #[wire(#literal)]
                #variant,
            }
        })
        .collect()
}

fn integer_enum_item(
    docs: &TokenStream,
    name: &proc_macro2::Ident,
    def: &IntegerEnum,
) -> TokenStream {
    let variants = wire_variants(def.variants.iter().map(|(variant, value)| {
        let literal = proc_macro2::Literal::i64_unsuffixed(*value);
        (variant.as_str(), quote!(#literal), format!("`{value}`"))
    }));
    let fallback = format_ident!("{}", def.fallback_variant);
    quote! {
        #docs
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ::openapi_client_runtime::IntegerEnum)]
        pub enum #name {
            #(#variants)*
            /// A value this client does not know, kept as sent.
            #[wire(other)]
            #fallback(i64),
        }
    }
}

fn tagged_union_item(
    api: &Api,
    docs: &TokenStream,
    name: &proc_macro2::Ident,
    def: &TaggedUnion,
) -> TokenStream {
    let tag = &def.tag;
    // Variants name their structs through aliases at times (`allOf` of
    // one `$ref`): what matters is the type underneath.
    let underlying =
        |variant: &openapi_ir::UnionVariant| api.resolve_alias(&TypeRef::Named(variant.ty)).clone();
    let variants = def.variants.iter().map(|variant| {
        let variant_name = format_ident!("{}", variant.name);
        let ty = format_ident!("{}", api.type_def(variant.ty).name);
        let value = &variant.tag_value;
        let doc = format!(" {} is {}.", code_span(tag), code_span(value));
        let is_struct = matches!(
            underlying(variant),
            TypeRef::Named(id) if matches!(api.type_def(id).kind, TypeKind::Struct(_))
        );
        // Not an object with fields of its own (a union, say): it is
        // written as it is, carrying its tag if it has one.
        let wire = if is_struct {
            quote!(#[wire(#value)])
        } else {
            quote!(#[wire(#value, as_is)])
        };
        quote! {
            #[doc = #doc]
            #wire
            #variant_name(#ty),
        }
    });
    // `From` lets callers pass a variant's struct where the union is
    // expected; a type that two mapping entries share would make the
    // conversion ambiguous, so it gets none.
    let conversions = def.variants.iter().filter(|variant| {
        let ty = underlying(variant);
        matches!(ty, TypeRef::Named(_))
            && def
                .variants
                .iter()
                .filter(|other| underlying(other) == ty)
                .count()
                == 1
    });
    let conversions = conversions.map(|variant| {
        let variant_name = format_ident!("{}", variant.name);
        let ty = format_ident!("{}", api.type_def(variant.ty).name);
        quote! {
            impl ::std::convert::From<#ty> for #name {
                fn from(value: #ty) -> Self {
                    Self::#variant_name(value)
                }
            }
        }
    });
    let fallback = format_ident!("{}", def.fallback_variant);
    let fallback_ty = format_ident!("{}", api.type_def(def.fallback).name);
    quote! {
        #docs
        #[derive(Clone, Debug, PartialEq, ::openapi_client_runtime::Tagged)]
        #[wire(tag = #tag)]
        pub enum #name {
            #(#variants)*
            /// Any other value, or none: decoding never fails on the tag alone.
            #[wire(other)]
            #fallback(#fallback_ty),
        }

        #(#conversions)*
    }
}

/// The runtime decoder for a body of one encoding (see
/// `openapi_client_runtime::decode::Decoder`).
pub(crate) fn body_decoder(body: &ResponseBody) -> TokenStream {
    match body.encoding {
        BodyEncoding::Text => quote!(::openapi_client_runtime::decode::text),
        // Answers are never read as multipart (see `response_body`).
        BodyEncoding::Binary | BodyEncoding::Multipart => {
            quote!(::openapi_client_runtime::decode::bytes)
        }
        BodyEncoding::Json | BodyEncoding::Form => quote!(::openapi_client_runtime::decode::json),
    }
}

/// An enum with a variant per declared status, and the `from_response` that
/// picks the variant by status and decodes the body as that status says.
fn status_union_item(api: &Api, name: &proc_macro2::Ident, def: &StatusUnion) -> TokenStream {
    let describe = |status: StatusPattern| match status {
        StatusPattern::Code(code) => format!("Status {code}"),
        StatusPattern::Range(class) => format!("Any status {class}xx not listed above"),
        StatusPattern::Default => String::from("Any status not listed above (`default`)"),
    };
    let variants = def.variants.iter().map(|variant| {
        let variant_name = format_ident!("{}", variant.name);
        let lead = describe(variant.status);
        let text = match variant.docs.as_deref() {
            Some(docs) => format!("{lead}: {docs}"),
            None => format!("{lead}."),
        };
        let docs = doc_attrs(Some(&text));
        match &variant.body {
            Some(body) => {
                let ty = type_tokens(api, &body.ty, Scope::Types);
                quote!(#docs #variant_name(#ty),)
            }
            None => quote!(#docs #variant_name,),
        }
    });
    let arms = def.variants.iter().map(|variant| {
        let variant_name = format_ident!("{}", variant.name);
        let pattern = match variant.status {
            StatusPattern::Code(code) => {
                let code = proc_macro2::Literal::u16_unsuffixed(code);
                quote!(#code)
            }
            StatusPattern::Range(class) => {
                // Widened: a class is one digit in any sane spec, but the
                // arithmetic must not be what a hostile one breaks.
                let low = proc_macro2::Literal::u32_unsuffixed(u32::from(class) * 100);
                let high = proc_macro2::Literal::u32_unsuffixed(u32::from(class) * 100 + 99);
                quote!(#low..=#high)
            }
            StatusPattern::Default => quote!(_),
        };
        let value = match &variant.body {
            Some(body) => {
                let decoder = body_decoder(body);
                quote!(#decoder(status, body).map(Self::#variant_name))
            }
            None => quote!(::std::result::Result::Ok(Self::#variant_name)),
        };
        quote!(#pattern => #value,)
    });
    let fallback = (!def.variants.iter().any(|v| v.status == StatusPattern::Default)).then(|| {
        quote!(_ => ::std::result::Result::Err(::openapi_client_runtime::decode::undeclared_status(status)),)
    });
    let docs = doc_attrs(Some(&format!(
        "The answers of {} by status: each status has its own body.",
        code_span(&def.operation)
    )));
    quote! {
        #docs
        #[derive(Clone, Debug, PartialEq)]
        pub enum #name {
            #(#variants)*
        }

        impl #name {
            /// Decodes an answer's body as its status says.
            ///
            /// # Errors
            ///
            /// The body does not decode as its status declares, or the status
            /// is not declared.
            pub fn from_response(
                status: ::openapi_client_runtime::StatusCode,
                body: &[u8],
            ) -> ::std::result::Result<Self, ::openapi_client_runtime::serde_json::Error> {
                match status.as_u16() {
                    #(#arms)*
                    #fallback
                }
            }
        }
    }
}
