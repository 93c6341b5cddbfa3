//! The derives that give a generated client's types their JSON form.
//!
//! Use them through `openapi_client_runtime`, which re-exports them and
//! documents each with an example; the code they expand to calls that
//! crate's `encode` and `decode` modules by their full paths.
//!
//! Written once here, the encoding is not repeated in every generated type:
//! a struct's generated source is its fields and one `derive`, as a person
//! would write it, and the generator formats a third as much code. The
//! expansion is lean, not serde's derived visitors, which were most of
//! what compiling a client cost: a struct's `Deserialize` is one loop over
//! its keys (matched against a table of its wire names by
//! `decode::ObjectReader`, each value read straight into its field's slot)
//! behind one visitor shared by every struct; a tagged union lists its tag
//! values and lets `tagged::decode` read up to the tag.
//!
//! Every derive reads one helper attribute, `wire`:
//!
//! | on | form | meaning |
//! |---|---|---|
//! | struct | `#[wire(tag = "kind", "value")]` | a union's variant: encoded on its own, it writes its tag first |
//! | struct field | `#[wire("name")]` | the field's name on the wire, when it is not the Rust name |
//! | struct field | `#[wire(required)]` | an `Option` the spec requires: `None` is written as `null`, and an absent field does not decode |
//! | struct field | `#[wire(keep_null)]` | an optional field of any JSON: `null` is `Some(Value::Null)`, not `None` |
//! | struct field | `#[wire(rest)]` | holds every property the struct does not list |
//! | enum variant | `#[wire("text")]`, `#[wire(7)]` | the variant's value on the wire |
//! | enum variant | `#[wire(other)]` | holds any value no other variant names |
//! | union | `#[wire(tag = "kind")]` | the property that tells the variants apart |
//! | union variant | `#[wire("value", as_is)]` | not an object of its own fields: written as it is, tag and all |

use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as Tokens};
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, Ident, LitInt, LitStr, Token};

/// A struct that reads and writes a JSON object, field by field, in
/// declaration order: `WriteFields`, `Serialize` and `Deserialize`.
///
/// A field of type `Option<T>` may be absent (and is left out when `None`);
/// `Option<Option<T>>` tells absent (`None`) from `null` (`Some(None)`);
/// any other type must be present.
#[proc_macro_derive(Object, attributes(wire))]
pub fn derive_object(input: TokenStream) -> TokenStream {
    expand(input, object)
}

/// A closed set of strings with a variant for anything else: `as_str`,
/// `From<&str>`, `Display`, `Serialize` and `Deserialize`.
#[proc_macro_derive(StringEnum, attributes(wire))]
pub fn derive_string_enum(input: TokenStream) -> TokenStream {
    expand(input, string_enum)
}

/// A closed set of integers with a variant for anything else: `value`,
/// `From<i64>`, `Serialize` and `Deserialize`. The enum must be `Copy`.
#[proc_macro_derive(IntegerEnum, attributes(wire))]
pub fn derive_integer_enum(input: TokenStream) -> TokenStream {
    expand(input, integer_enum)
}

/// An enum of one-value variants decoded by trying each in turn and keeping
/// the first that fits; written as the variant's value.
#[proc_macro_derive(Untagged, attributes(wire))]
pub fn derive_untagged(input: TokenStream) -> TokenStream {
    expand(input, untagged)
}

/// An enum of one-value variants told apart by a tag property, with an
/// `other` variant for any other tag or none. A known tag whose body does
/// not decode is an error naming the tag, never a silent fall into `other`.
#[proc_macro_derive(Tagged, attributes(wire))]
pub fn derive_tagged(input: TokenStream) -> TokenStream {
    expand(input, tagged)
}

/// One derive, on the parsed item.
type Derive = fn(&DeriveInput) -> syn::Result<Tokens>;

fn expand(input: TokenStream, derive: Derive) -> TokenStream {
    let input = syn::parse_macro_input!(input as DeriveInput);
    derive(&input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// One item of a `#[wire(…)]` attribute.
enum WireArg {
    Text(LitStr),
    Integer(Tokens),
    Flag(Ident),
    Tag(LitStr),
}

impl Parse for WireArg {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if input.peek(LitStr) {
            return input.parse().map(WireArg::Text);
        }
        if input.peek(Token![-]) || input.peek(LitInt) {
            let minus: Option<Token![-]> = input.parse()?;
            let number: LitInt = input.parse()?;
            number.base10_parse::<i64>()?;
            return Ok(WireArg::Integer(quote!(#minus #number)));
        }
        let name: Ident = input.parse()?;
        if name == "tag" {
            input.parse::<Token![=]>()?;
            return input.parse().map(WireArg::Tag);
        }
        Ok(WireArg::Flag(name))
    }
}

/// What the `wire` attributes of one field, variant or type say.
#[derive(Default)]
struct Wire {
    text: Option<LitStr>,
    integer: Option<Tokens>,
    tag: Option<LitStr>,
    required: bool,
    keep_null: bool,
    rest: bool,
    other: bool,
    as_is: bool,
}

impl Wire {
    fn of(attrs: &[syn::Attribute]) -> syn::Result<Wire> {
        let mut wire = Wire::default();
        for attr in attrs.iter().filter(|attr| attr.path().is_ident("wire")) {
            let args = attr.parse_args_with(Punctuated::<WireArg, Token![,]>::parse_terminated)?;
            for arg in args {
                match arg {
                    WireArg::Text(text) => wire.text = Some(text),
                    WireArg::Integer(integer) => wire.integer = Some(integer),
                    WireArg::Tag(tag) => wire.tag = Some(tag),
                    WireArg::Flag(flag) => {
                        let slot = match flag.to_string().as_str() {
                            "required" => &mut wire.required,
                            "keep_null" => &mut wire.keep_null,
                            "rest" => &mut wire.rest,
                            "other" => &mut wire.other,
                            "as_is" => &mut wire.as_is,
                            _ => {
                                return Err(syn::Error::new(
                                    flag.span(),
                                    "expected a name, a value, `tag = \"…\"`, `required`, `keep_null`, `rest`, `other` or `as_is`",
                                ));
                            }
                        };
                        *slot = true;
                    }
                }
            }
        }
        Ok(wire)
    }
}

fn no_generics(input: &DeriveInput) -> syn::Result<()> {
    if input.generics.params.is_empty() && input.generics.where_clause.is_none() {
        Ok(())
    } else {
        Err(syn::Error::new(
            input.generics.span(),
            "generated types have no generic parameters",
        ))
    }
}

/// The type inside `Option<…>`, if `ty` is written as one.
fn option_inner(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first() {
        Some(syn::GenericArgument::Type(inner)) if args.args.len() == 1 => Some(inner),
        _ => None,
    }
}

fn serialize_impl(name: &Ident, body: &Tokens) -> Tokens {
    quote! {
        impl ::openapi_client_runtime::serde::Serialize for #name {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: ::openapi_client_runtime::serde::Serializer,
            {
                #body
            }
        }
    }
}

fn deserialize_impl(name: &Ident, body: &Tokens) -> Tokens {
    quote! {
        impl<'de> ::openapi_client_runtime::serde::Deserialize<'de> for #name {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: ::openapi_client_runtime::serde::Deserializer<'de>,
            {
                #body
            }
        }
    }
}

fn object(input: &DeriveInput) -> syn::Result<Tokens> {
    no_generics(input)?;
    let name = &input.ident;
    let Data::Struct(data) = &input.data else {
        return Err(syn::Error::new(
            Span::call_site(),
            "`Object` is for structs",
        ));
    };
    let named = match &data.fields {
        Fields::Named(named) => named.named.iter().collect(),
        Fields::Unit => Vec::new(),
        Fields::Unnamed(_) => {
            return Err(syn::Error::new(
                data.fields.span(),
                "`Object` needs named fields",
            ));
        }
    };
    let mut writes = Vec::new();
    // Per listed field: its wire name, the arm that reads it into its
    // slot, the slot, and how the slot becomes the field.
    let mut names = Vec::new();
    let mut arms = Vec::new();
    let mut slots = Vec::new();
    let mut inits = Vec::new();
    let mut rest = None;
    // A union's variant that is also used on its own carries its tag
    // (`#[wire(tag = "kind", "pin")]`): written first when encoded alone;
    // inside its union, `encode::tagged` has written it already and skips it.
    let container = Wire::of(&input.attrs)?;
    if let (Some(tag), Some(value)) = (&container.tag, &container.text) {
        writes.push(quote!(object.required(#tag, #value)?;));
    }
    for field in named {
        let wire = Wire::of(&field.attrs)?;
        // Named fields always have an identifier.
        let Some(ident) = &field.ident else {
            continue;
        };
        if wire.rest {
            if rest.is_some() {
                return Err(syn::Error::new(
                    ident.span(),
                    "only one field can hold the rest",
                ));
            }
            rest = Some((ident, &field.ty));
            continue;
        }
        let wire_name = wire.text.unwrap_or_else(|| {
            let text = ident.to_string();
            LitStr::new(text.strip_prefix("r#").unwrap_or(&text), ident.span())
        });
        let index = names.len();
        let slot = quote::format_ident!("slot_{}", index, span = Span::mixed_site());
        let ty = &field.ty;
        let optional = option_inner(ty);
        let nested = optional.is_some_and(|inner| option_inner(inner).is_some());
        // A required field (and a required nullable one, an `Option` that
        // must be present) is read into an `Option` of its type, `None`
        // until the field is seen; any other field is its own slot. Slot
        // types are written out: inferring them from the struct literal
        // cost `cargo check` a second per thousand types.
        let required = optional.is_none() || (wire.required && !nested);
        let (write, slot_ty, init) = if required {
            let check = if optional.is_some() {
                quote!(present)
            } else {
                quote!(required)
            };
            (
                quote!(required),
                quote!(::core::option::Option<#ty>),
                quote!(fields.#check(#slot, #wire_name)?),
            )
        } else {
            (quote!(optional), quote!(#ty), quote!(#slot))
        };
        // A plain optional field reads its `Option` (`null` is `None`)
        // straight into the slot; every other slot stores `Some` of what is
        // read.
        let store = if !required && !nested && !wire.keep_null {
            quote!(fields.fill_optional(&mut #slot))
        } else {
            quote!(fields.fill(&mut #slot))
        };
        writes.push(quote!(object.#write(#wire_name, &self.#ident)?;));
        let index = proc_macro2::Literal::usize_unsuffixed(index);
        arms.push(quote!(::openapi_client_runtime::decode::Key::Listed(#index) => #store,));
        slots.push(quote!(let mut #slot: #slot_ty = ::core::option::Option::None;));
        inits.push(quote!(#ident: #init,));
        names.push(wire_name);
    }
    // The tag is the type's own, not one of the unlisted fields: listed
    // last, and skipped.
    if let (Some(tag), Some(_)) = (&container.tag, &container.text) {
        names.push(LitStr::new(&tag.value(), tag.span()));
    }
    let unlisted = match rest {
        Some((rest, ty)) => {
            writes.push(
                quote!(::openapi_client_runtime::RestFields::write_rest(&self.#rest, object)?;),
            );
            slots.push(quote!(let mut rest = <#ty as ::core::default::Default>::default();));
            inits.push(quote!(#rest: rest,));
            quote!(::openapi_client_runtime::decode::Key::Unlisted(name) => fields.rest(&mut rest, name),)
        }
        None => {
            quote!(::openapi_client_runtime::decode::Key::Unlisted(_) => fields.skip_unlisted(),)
        }
    };
    let object_binding = if writes.is_empty() {
        quote!(_object)
    } else {
        quote!(object)
    };
    let serialize = serialize_impl(
        name,
        &quote!(::openapi_client_runtime::encode::object(self, serializer)),
    );
    let deserialize = deserialize_impl(
        name,
        &quote!(::openapi_client_runtime::decode::object(deserializer)),
    );
    let read_object = quote! {
        impl ::openapi_client_runtime::decode::ReadObject for #name {
            fn read_object<'de, A>(map: A) -> ::core::result::Result<Self, A::Error>
            where
                A: ::openapi_client_runtime::serde::de::MapAccess<'de>,
            {
                let mut fields = ::openapi_client_runtime::decode::ObjectReader::new(map, &[#(#names),*]);
                #(#slots)*
                while let ::core::option::Option::Some(key) = fields.next_key()? {
                    match key {
                        #(#arms)*
                        ::openapi_client_runtime::decode::Key::Listed(_) => fields.skip(),
                        #unlisted
                    }?;
                }
                ::core::result::Result::Ok(Self { #(#inits)* })
            }
        }
    };
    Ok(quote! {
        impl ::openapi_client_runtime::encode::WriteFields for #name {
            fn write_fields<S>(
                &self,
                #object_binding: &mut ::openapi_client_runtime::encode::Object<S>,
            ) -> ::core::result::Result<(), S::Error>
            where
                S: ::openapi_client_runtime::serde::Serializer,
            {
                #(#writes)*
                ::core::result::Result::Ok(())
            }
        }
        #read_object
        #serialize
        #deserialize
    })
}

/// An enum's variants: those with a value, and the one for anything else.
struct WireVariants<'a> {
    valued: Vec<(&'a Ident, Wire, &'a Fields)>,
    other: Option<&'a Ident>,
}

fn wire_variants<'a>(input: &'a DeriveInput, derive: &str) -> syn::Result<WireVariants<'a>> {
    no_generics(input)?;
    let Data::Enum(data) = &input.data else {
        return Err(syn::Error::new(
            Span::call_site(),
            format!("`{derive}` is for enums"),
        ));
    };
    let mut variants = WireVariants {
        valued: Vec::new(),
        other: None,
    };
    for variant in &data.variants {
        let wire = Wire::of(&variant.attrs)?;
        if wire.other {
            if variants.other.is_some() {
                return Err(syn::Error::new(
                    variant.ident.span(),
                    "only one variant can be `other`",
                ));
            }
            variants.other = Some(&variant.ident);
        } else {
            variants
                .valued
                .push((&variant.ident, wire, &variant.fields));
        }
    }
    Ok(variants)
}

/// The `other` variant, which the enums of values and tagged unions need.
fn require_other<'a>(variants: &WireVariants<'a>, input: &DeriveInput) -> syn::Result<&'a Ident> {
    variants.other.ok_or_else(|| {
        syn::Error::new(
            input.ident.span(),
            "one variant must be `#[wire(other)]`, for values no other variant names",
        )
    })
}

/// The wire value a variant of an enum of values is given, or an error at
/// the variant.
fn variant_value(ident: &Ident, value: Option<Tokens>, kind: &str) -> syn::Result<Tokens> {
    value.ok_or_else(|| {
        syn::Error::new(
            ident.span(),
            format!("a variant needs its {kind} value: `#[wire(…)]`"),
        )
    })
}

fn string_enum(input: &DeriveInput) -> syn::Result<Tokens> {
    let name = &input.ident;
    let variants = wire_variants(input, "StringEnum")?;
    let other = require_other(&variants, input)?;
    let mut to_wire = Vec::new();
    let mut from_wire = Vec::new();
    for (ident, wire, _) in &variants.valued {
        let text = variant_value(
            ident,
            wire.text.as_ref().map(|text| quote!(#text)),
            "string",
        )?;
        to_wire.push(quote!(Self::#ident => #text,));
        from_wire.push(quote!(#text => Self::#ident,));
    }
    let serialize = serialize_impl(name, &quote!(serializer.serialize_str(self.as_str())));
    let deserialize = deserialize_impl(
        name,
        &quote! {
            ::openapi_client_runtime::decode::string_enum(deserializer)
        },
    );
    Ok(quote! {
        impl #name {
            /// The value as it is written on the wire.
            #[must_use]
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_wire)*
                    Self::#other(other) => other,
                }
            }
        }
        impl ::core::convert::From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#from_wire)*
                    other => Self::#other(::std::borrow::ToOwned::to_owned(other)),
                }
            }
        }
        impl ::core::fmt::Display for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        #serialize
        #deserialize
    })
}

fn integer_enum(input: &DeriveInput) -> syn::Result<Tokens> {
    let name = &input.ident;
    let variants = wire_variants(input, "IntegerEnum")?;
    let other = require_other(&variants, input)?;
    let mut to_wire = Vec::new();
    let mut from_wire = Vec::new();
    for (ident, wire, _) in &variants.valued {
        let value = variant_value(ident, wire.integer.clone(), "integer")?;
        to_wire.push(quote!(Self::#ident => #value,));
        from_wire.push(quote!(#value => Self::#ident,));
    }
    let serialize = serialize_impl(name, &quote!(serializer.serialize_i64(self.value())));
    let deserialize = deserialize_impl(
        name,
        &quote!(::openapi_client_runtime::decode::read_i64(deserializer).map(Self::from)),
    );
    Ok(quote! {
        impl #name {
            /// The value as it is written on the wire.
            #[must_use]
            pub fn value(self) -> i64 {
                match self {
                    #(#to_wire)*
                    Self::#other(other) => other,
                }
            }
        }
        impl ::core::convert::From<i64> for #name {
            fn from(value: i64) -> Self {
                match value {
                    #(#from_wire)*
                    other => Self::#other(other),
                }
            }
        }
        #serialize
        #deserialize
    })
}

/// Each variant must hold exactly one value.
fn one_value(ident: &Ident, fields: &Fields) -> syn::Result<()> {
    match fields {
        Fields::Unnamed(unnamed) if unnamed.unnamed.len() == 1 => Ok(()),
        _ => Err(syn::Error::new(
            ident.span(),
            "a union's variant holds one value: `Variant(Type)`",
        )),
    }
}

fn untagged(input: &DeriveInput) -> syn::Result<Tokens> {
    let name = &input.ident;
    let variants = wire_variants(input, "Untagged")?;
    if let Some(other) = variants.other {
        return Err(syn::Error::new(
            other.span(),
            "an untagged union tries its variants in order; none is `other`",
        ));
    }
    let mut attempts = Vec::new();
    let mut arms = Vec::new();
    for (ident, _, fields) in &variants.valued {
        one_value(ident, fields)?;
        attempts.push(quote!(alternatives.try_as(Self::#ident)));
        arms.push(quote!(Self::#ident(value) => ::openapi_client_runtime::serde::Serialize::serialize(value, serializer),));
    }
    let type_name = name.to_string();
    let serialize = serialize_impl(
        name,
        &quote! {
            match self {
                #(#arms)*
            }
        },
    );
    let deserialize = deserialize_impl(
        name,
        &quote! {
            // The first alternative that fits perfectly wins; else the best
            // fit (see `decode::Fit`), the earliest on a tie.
            let value = ::openapi_client_runtime::decode::Held::read(deserializer)?;
            let mut alternatives = ::openapi_client_runtime::decode::Alternatives::new(&value);
            let _ = #(#attempts)||*;
            alternatives.chosen(#type_name)
        },
    );
    Ok(quote! {
        #serialize
        #deserialize
    })
}

fn tagged(input: &DeriveInput) -> syn::Result<Tokens> {
    let name = &input.ident;
    let tag = Wire::of(&input.attrs)?.tag.ok_or_else(|| {
        syn::Error::new(
            input.ident.span(),
            "a tagged union names its tag: `#[wire(tag = \"…\")]`",
        )
    })?;
    let variants = wire_variants(input, "Tagged")?;
    let other = require_other(&variants, input)?;
    let mut values = Vec::new();
    let mut reads = Vec::new();
    let mut writes = Vec::new();
    for (index, (ident, wire, fields)) in variants.valued.iter().enumerate() {
        one_value(ident, fields)?;
        let value = variant_value(ident, wire.text.as_ref().map(|text| quote!(#text)), "tag")?;
        let decode = if wire.as_is {
            quote!(variant_as_is)
        } else {
            quote!(variant)
        };
        reads.push(quote! {
            ::core::option::Option::Some(#index) => ::openapi_client_runtime::tagged::#decode(body, #tag, #value).map(Self::#ident),
        });
        writes.push(if wire.as_is {
            quote!(Self::#ident(value) => ::openapi_client_runtime::serde::Serialize::serialize(value, serializer),)
        } else {
            quote!(Self::#ident(value) => ::openapi_client_runtime::encode::tagged(value, serializer, #tag, #value),)
        });
        values.push(value);
    }
    let serialize = serialize_impl(
        name,
        &quote! {
            match self {
                #(#writes)*
                Self::#other(value) => ::openapi_client_runtime::serde::Serialize::serialize(value, serializer),
            }
        },
    );
    let deserialize = deserialize_impl(
        name,
        &quote!(::openapi_client_runtime::tagged::decode(deserializer)),
    );
    Ok(quote! {
        impl ::openapi_client_runtime::tagged::Variants for #name {
            const TAG: &'static str = #tag;
            const VALUES: &'static [&'static str] = &[#(#values),*];
            fn decode_variant<'de, D>(
                index: ::core::option::Option<usize>,
                body: D,
            ) -> ::core::result::Result<Self, D::Error>
            where
                D: ::openapi_client_runtime::serde::Deserializer<'de>,
            {
                match index {
                    #(#reads)*
                    _ => ::openapi_client_runtime::serde::Deserialize::deserialize(body).map(Self::#other),
                }
            }
        }
        #serialize
        #deserialize
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Misuse is a compile error that says what to write, at the place.
    #[test]
    fn misuse_is_explained() {
        let cases: [(Derive, &str, &str); 10] = [
            (object, "enum E { A }", "`Object` is for structs"),
            (object, "struct S(i64);", "`Object` needs named fields"),
            (object, "struct S<T> { t: T }", "no generic parameters"),
            (
                object,
                "struct S { #[wire(rest)] a: M, #[wire(rest)] b: M }",
                "only one field can hold the rest",
            ),
            (
                object,
                "struct S { #[wire(renamed)] a: i64 }",
                "expected a name, a value",
            ),
            (
                string_enum,
                "enum E { #[wire(\"a\")] A }",
                "one variant must be `#[wire(other)]`",
            ),
            (
                string_enum,
                "enum E { A, #[wire(other)] O(String) }",
                "a variant needs its string value",
            ),
            (
                integer_enum,
                "enum E { #[wire(\"1\")] A, #[wire(other)] O(i64) }",
                "a variant needs its integer value",
            ),
            (
                tagged,
                "enum E { #[wire(\"a\")] A(X), #[wire(other)] O(Y) }",
                "a tagged union names its tag",
            ),
            (
                untagged,
                "enum E { A(X, Y) }",
                "a union's variant holds one value",
            ),
        ];
        for (derive, source, message) in cases {
            let input: DeriveInput = syn::parse_str(source).expect("parses");
            let error = derive(&input).expect_err(source).to_string();
            assert!(error.contains(message), "{source}: {error}");
        }
    }

    #[test]
    fn integer_values_may_be_negative_and_must_fit_i64() {
        let input: DeriveInput =
            syn::parse_str("enum E { #[wire(-3)] A, #[wire(other)] O(i64) }").expect("parses");
        let expanded = integer_enum(&input).expect("expands").to_string();
        assert!(expanded.contains("Self :: A => - 3"), "{expanded}");
        let input: DeriveInput =
            syn::parse_str("enum E { #[wire(99999999999999999999)] A, #[wire(other)] O(i64) }")
                .expect("parses");
        assert!(integer_enum(&input).is_err());
    }

    /// Only a field written as `Option<…>` is optional, and only one written
    /// as `Option<Option<…>>` tells absent from `null`.
    #[test]
    fn a_fields_type_decides_how_it_is_read() {
        let cases = [
            (
                "a: i64",
                "Key :: Listed (0) => fields . fill (& mut slot_0)",
            ),
            (
                "a: i64",
                "let mut slot_0 : :: core :: option :: Option < i64 >",
            ),
            ("a: i64", "a : fields . required (slot_0 , \"a\") ?"),
            ("a: Option", "a : fields . required (slot_0 , \"a\") ?"),
            (
                "a: ::std::option::Option<i64>",
                "Listed (0) => fields . fill_optional (& mut slot_0)",
            ),
            ("a: ::std::option::Option<i64>", "a : slot_0 ,"),
            (
                "a: ::std::option::Option<::std::option::Option<i64>>",
                "Listed (0) => fields . fill (& mut slot_0)",
            ),
            (
                "a: ::std::option::Option<::std::option::Option<i64>>",
                "a : slot_0 ,",
            ),
            (
                "#[wire(required)] a: Option<i64>",
                "object . required (\"a\" , & self . a)",
            ),
            (
                "#[wire(required)] a: Option<i64>",
                "a : fields . present (slot_0 , \"a\") ?",
            ),
            ("r#type: i64", "ObjectReader :: new (map , & [\"type\"])"),
            (
                "#[wire(\"b\")] a: i64",
                "ObjectReader :: new (map , & [\"b\"])",
            ),
            (
                "a: i64, b: i64",
                "Key :: Listed (1) => fields . fill (& mut slot_1)",
            ),
            (
                "#[wire(keep_null)] a: Option<Value>",
                "Listed (0) => fields . fill (& mut slot_0)",
            ),
            ("#[wire(keep_null)] a: Option<Value>", "a : slot_0 ,"),
        ];
        for (field, expected) in cases {
            let input: DeriveInput =
                syn::parse_str(&format!("struct S {{ {field} }}")).expect("parses");
            let expanded = object(&input).expect("expands").to_string();
            assert!(expanded.contains(expected), "{field}: {expanded}");
        }
    }
}
