//! `openapiv3::OpenAPI` → [`Api`]: resolves `$ref`s, merges `allOf`, turns
//! discriminators into unions, names everything, and sorts the result.
//!
//! Components are named before anything inline, in sorted order, so an inline
//! type never takes a component's name and the same spec always gets the
//! same names. Inline types are remembered by JSON pointer: a component merged
//! into several others through `allOf` still yields each of its inline types
//! once.

use crate::reach::{named_in, operation_types, reachable_types};
use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{
    AdditionalProperties, OpenAPI, ReferenceOr, Schema, SchemaKind, StatusCode, Type,
    VariantOrUnknownOrEmpty,
};

use crate::doc_text::{code_span, doc_text, one_line};
use crate::error::{Error, Result};
use crate::ir::{
    Answer, Api, ApiKeyLocation, BodyEncoding, EnumVariant, Example, Field, IntegerEnum, Method,
    Operation, Parameter, ParameterLocation, ParameterStyle, RequestBody, ResponseBody,
    SecurityKind, SecurityScheme, StatusPattern, StatusUnion, StatusVariant, StringEnum, Struct,
    Tag, TaggedUnion, TypeDef, TypeId, TypeKind, TypeRef, UnionVariant, UntaggedUnion,
    UntaggedVariant, Warning,
};
use crate::naming::{
    UniqueNames, decode_pointer_token, enum_value_name, pointer_token, type_name, value_name,
};

const SCHEMA_PREFIX: &str = "#/components/schemas/";

/// Methods every generated `Client` has, whatever the spec (its own, and
/// those of the traits it derives or that callers reach through it): an
/// operation may not take one of these names.
const CLIENT_METHODS: &[&str] = &[
    "builder",
    "base_url",
    "from_runtime",
    "inner",
    "clone",
    "clone_from",
    "fmt",
    "to_owned",
    "into",
    "try_into",
    "type_id",
    "borrow",
    "borrow_mut",
];

/// The longest property name or enum value that becomes a field or variant.
/// serde matches wire names as byte-string patterns, and rustc's time and
/// memory grow with the square of a pattern's length: 10 kB takes 1.7 GB,
/// 50 kB exhausts 24 GB. Longer names degrade with a warning.
const MAX_WIRE_NAME_BYTES: usize = 1024;

/// Lowers a parsed spec into an [`Api`].
///
/// # Errors
///
/// [`Error::UnresolvedRef`] for a `$ref` that names nothing in the document,
/// [`Error::DuplicateOperationId`] for a repeated `operationId`, and
/// [`Error::Invalid`] for a construct that cannot be given any type.
pub fn lower(spec: &OpenAPI) -> Result<Api> {
    lower_with(spec, false)
}

/// [`lower`], also recording in [`Api::examples`] every example the spec
/// gives, with the type it should decode into: for checking generated types
/// against data. Plain generation leaves them out (copying them costs time
/// and memory it does not need).
///
/// # Errors
///
/// As [`lower`].
pub fn lower_with_examples(spec: &OpenAPI) -> Result<Api> {
    lower_with(spec, true)
}

fn lower_with(spec: &OpenAPI, examples: bool) -> Result<Api> {
    let mut lowering = Lowering::new(spec);
    lowering.collect_examples = examples;
    lowering.declare_components();
    lowering.define_components()?;
    lowering.break_alias_cycles()?;
    let security_schemes = lowering.security_schemes();
    let operations = lowering.operations(&security_schemes)?;
    lowering.order_untagged_alternatives();
    lowering.tag_variant_structs();
    Ok(lowering.finish(security_schemes, operations))
}

/// The normalised fields of any schema, whatever `SchemaKind` `openapiv3`
/// chose for it: mixed schemas (`properties` beside `allOf`) keep both.
#[derive(Default)]
struct SchemaView<'a> {
    typ: Option<&'a str>,
    string_enum: Vec<&'a str>,
    integer_enum: Vec<i64>,
    /// `x-enum-varnames`: names for an enum's values, where the spec gives
    /// them.
    enum_names: Vec<&'a str>,
    properties: Vec<(&'a str, &'a ReferenceOr<Box<Schema>>)>,
    required: Vec<&'a str>,
    additional: Option<&'a AdditionalProperties>,
    items: Option<&'a ReferenceOr<Box<Schema>>>,
    all_of: &'a [ReferenceOr<Schema>],
    one_of: &'a [ReferenceOr<Schema>],
    any_of: &'a [ReferenceOr<Schema>],
}

fn format_name<T: std::fmt::Debug>(format: &VariantOrUnknownOrEmpty<T>) -> Option<String> {
    match format {
        VariantOrUnknownOrEmpty::Item(known) => Some(format!("{known:?}").to_ascii_lowercase()),
        VariantOrUnknownOrEmpty::Unknown(other) => Some(other.to_ascii_lowercase()),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

impl<'a> SchemaView<'a> {
    fn of(schema: &'a Schema) -> (Self, Option<String>) {
        let mut view = SchemaView::default();
        let mut format = None;
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(string)) => {
                view.typ = Some("string");
                format = format_name(&string.format);
                view.string_enum = string
                    .enumeration
                    .iter()
                    .flatten()
                    .map(String::as_str)
                    .collect();
            }
            SchemaKind::Type(Type::Integer(integer)) => {
                view.typ = Some("integer");
                format = format_name(&integer.format);
                view.integer_enum = integer.enumeration.iter().flatten().copied().collect();
            }
            SchemaKind::Type(Type::Number(number)) => {
                view.typ = Some("number");
                format = format_name(&number.format);
            }
            SchemaKind::Type(Type::Boolean(_)) => view.typ = Some("boolean"),
            SchemaKind::Type(Type::Object(object)) => {
                view.typ = Some("object");
                view.properties = object
                    .properties
                    .iter()
                    .map(|(k, v)| (k.as_str(), v))
                    .collect();
                view.required = object.required.iter().map(String::as_str).collect();
                view.additional = object.additional_properties.as_ref();
            }
            SchemaKind::Type(Type::Array(array)) => {
                view.typ = Some("array");
                view.items = array.items.as_ref();
            }
            SchemaKind::OneOf { one_of } => view.one_of = one_of,
            SchemaKind::AllOf { all_of } => view.all_of = all_of,
            SchemaKind::AnyOf { any_of } => view.any_of = any_of,
            SchemaKind::Not { .. } => {}
            SchemaKind::Any(any) => {
                view.typ = any.typ.as_deref();
                format.clone_from(&any.format);
                view.string_enum = any.enumeration.iter().filter_map(|v| v.as_str()).collect();
                view.integer_enum = any.enumeration.iter().filter_map(|v| v.as_i64()).collect();
                view.properties = any
                    .properties
                    .iter()
                    .map(|(k, v)| (k.as_str(), v))
                    .collect();
                view.required = any.required.iter().map(String::as_str).collect();
                view.additional = any.additional_properties.as_ref();
                view.items = any.items.as_ref();
                view.all_of = &any.all_of;
                view.one_of = &any.one_of;
                view.any_of = &any.any_of;
            }
        }
        if view.typ.is_none() {
            view.typ = view.implied_type(format.as_deref());
        }
        view.enum_names = ["x-enum-varnames", "x-enumNames"]
            .iter()
            .find_map(|key| schema.schema_data.extensions.get(*key))
            .and_then(serde_json::Value::as_array)
            .map(|names| names.iter().filter_map(serde_json::Value::as_str).collect())
            .unwrap_or_default();
        (view, format)
    }

    /// The `type` a schema that names none still says it has: through its
    /// `enum` values, `items`, `properties` or `format`. `None` when nothing
    /// does (any JSON, or only `allOf`/`oneOf`/`anyOf`).
    fn implied_type(&self, format: Option<&str>) -> Option<&'static str> {
        if !self.properties.is_empty() || self.additional.is_some() {
            return Some("object");
        }
        if self.items.is_some() {
            return Some("array");
        }
        if !self.string_enum.is_empty() && self.integer_enum.is_empty() {
            return Some("string");
        }
        if !self.integer_enum.is_empty() && self.string_enum.is_empty() {
            return Some("integer");
        }
        match format? {
            "date-time" | "datetime" | "date" | "uuid" | "byte" | "binary" | "email" | "uri"
            | "hostname" | "ipv4" | "ipv6" | "password" => Some("string"),
            "int32" | "int64" | "uint32" | "uint64" => Some("integer"),
            "float" | "double" => Some("number"),
            _ => None,
        }
    }

    /// The `oneOf` then `anyOf` alternatives, each with its JSON pointer
    /// below `pointer`.
    fn alternatives(&self, pointer: &str) -> Vec<(String, &'a ReferenceOr<Schema>)> {
        let numbered = |keyword: &'static str, list: &'a [ReferenceOr<Schema>]| {
            list.iter().enumerate().map(move |(index, alternative)| {
                (format!("{pointer}/{keyword}/{index}"), alternative)
            })
        };
        numbered("oneOf", self.one_of)
            .chain(numbered("anyOf", self.any_of))
            .collect()
    }

    fn is_integer_enum(&self) -> bool {
        self.typ == Some("integer") && !self.integer_enum.is_empty()
    }

    /// `allOf` with one `$ref` and nothing else that adds fields (members
    /// that only annotate, such as `{default: X}`) is a wrapper, not a merge.
    fn all_of_is_merge(&self) -> bool {
        let references = self
            .all_of
            .iter()
            .filter(|member| matches!(member, ReferenceOr::Reference { .. }))
            .count();
        let annotations_only = self.all_of.iter().all(|member| match member {
            ReferenceOr::Reference { .. } => true,
            ReferenceOr::Item(schema) => {
                let (view, _) = SchemaView::of(schema);
                view.typ.is_none()
                    && view.properties.is_empty()
                    && view.required.is_empty()
                    && view.items.is_none()
                    && view.additional.is_none()
                    && view.all_of.is_empty()
                    && view.one_of.is_empty()
                    && view.any_of.is_empty()
            }
        });
        !(references == 1 && annotations_only && self.properties.is_empty())
    }
}

/// A discriminated union found in `components.schemas`, before lowering.
struct UnionPlan {
    tag: String,
    /// (tag value, target component name, pointer of the mapping entry).
    entries: Vec<(String, String, String)>,
}

struct Lowering<'a> {
    spec: &'a OpenAPI,
    /// The arena under construction: ids are handed out before the type is
    /// defined, so recursive schemas can refer to themselves.
    types: Vec<Option<TypeDef>>,
    component_ids: BTreeMap<&'a str, TypeId>,
    inline_ids: BTreeMap<String, TypeId>,
    type_names: UniqueNames,
    /// The Rust name claimed for each reserved id.
    names: Vec<String>,
    /// Component name → discriminator properties its unions read and write,
    /// which the component's own struct therefore leaves out.
    tag_owners: BTreeMap<String, BTreeSet<String>>,
    unions: BTreeMap<&'a str, UnionPlan>,
    /// Components whose `allOf` is being merged, to stop on cycles.
    merging: Vec<String>,
    /// Lowering a multipart body's schema, where `format: binary` is a file.
    in_multipart: bool,
    warnings: Vec<Warning>,
    /// Whether to record the spec's examples (see [`lower_with_examples`]).
    collect_examples: bool,
    examples: Vec<Example>,
    /// Pointers of the examples recorded, each recorded once.
    example_pointers: BTreeSet<String>,
}

impl<'a> Lowering<'a> {
    fn new(spec: &'a OpenAPI) -> Self {
        Lowering {
            spec,
            types: Vec::new(),
            component_ids: BTreeMap::new(),
            inline_ids: BTreeMap::new(),
            type_names: UniqueNames::new(),
            names: Vec::new(),
            tag_owners: BTreeMap::new(),
            unions: BTreeMap::new(),
            merging: Vec::new(),
            in_multipart: false,
            warnings: Vec::new(),
            collect_examples: false,
            examples: Vec::new(),
            example_pointers: BTreeSet::new(),
        }
    }

    fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.warnings.push(Warning {
            pointer: pointer.to_owned(),
            message: message.into(),
        });
    }

    fn component_schemas(&self) -> BTreeMap<&'a str, &'a ReferenceOr<Schema>> {
        self.spec
            .components
            .iter()
            .flat_map(|components| components.schemas.iter())
            .map(|(name, schema)| (name.as_str(), schema))
            .collect()
    }

    fn reserve(&mut self, name: &str) -> (TypeId, String) {
        let id = TypeId(self.types.len());
        let rust_name = self.type_names.claim(type_name(name));
        self.types.push(None);
        self.names.push(rust_name.clone());
        (id, rust_name)
    }

    /// Names every component and finds the discriminated unions, before any
    /// schema is lowered.
    fn declare_components(&mut self) {
        for (name, schema) in self.component_schemas() {
            let (id, _) = self.reserve(name);
            self.component_ids.insert(name, id);
            // A mapping entry that points back at the schema declaring the
            // discriminator names the schema itself, not a variant: it is a
            // struct whose tag is one of its own (typed) fields. Only the
            // other entries make a union.
            let plan = match schema {
                ReferenceOr::Item(schema) => {
                    union_plan(&format!("{SCHEMA_PREFIX}{}", pointer_token(name)), schema)
                        .map(|mut plan| {
                            plan.entries.retain(|(_, target, _)| target != name);
                            plan
                        })
                        .filter(|plan| !plan.entries.is_empty())
                }
                ReferenceOr::Reference { .. } => None,
            };
            if let Some(plan) = plan {
                for (_, target, _) in &plan.entries {
                    self.tag_owners
                        .entry(target.clone())
                        .or_default()
                        .insert(plan.tag.clone());
                }
                self.unions.insert(name, plan);
            }
        }
    }

    /// A Rust type alias cannot name itself. A cycle of pure aliases
    /// (`A: $ref B`, `B: $ref A`) defines nothing and is refused; one that
    /// passes through an array or map (`A: {type: array, items: $ref A}`)
    /// degrades its first alias to `serde_json::Value`.
    fn break_alias_cycles(&mut self) -> Result<()> {
        for start in 0..self.types.len() {
            let Some(cycle) = self.alias_cycle(TypeId(start)) else {
                continue;
            };
            let def = self.types[start]
                .as_mut()
                .expect("components are all defined before alias cycles are checked");
            let chain: Vec<&str> = cycle
                .iter()
                .map(|&(id, _)| id)
                .chain([TypeId(start)])
                .map(|id| self.names[id.0].as_str())
                .collect();
            let chain = chain.join(" → ");
            if cycle
                .iter()
                .all(|&(_, through_container)| !through_container)
            {
                return Err(Error::RefCycle {
                    pointer: def.pointer.clone(),
                    chain,
                });
            }
            def.kind = TypeKind::Alias(TypeRef::Json);
            let pointer = def.pointer.clone();
            self.warn(
                &pointer,
                format!("this schema contains itself through aliases only ({chain}), which no Rust type alias can express; using `serde_json::Value`"),
            );
        }
        Ok(())
    }

    /// The aliases on a path from `start` back to itself (`start` first),
    /// each flagged with whether its step passes through an array or map.
    fn alias_cycle(&self, start: TypeId) -> Option<Vec<(TypeId, bool)>> {
        fn targets(ty: &TypeRef, container: bool, out: &mut Vec<(TypeId, bool)>) {
            match ty {
                TypeRef::Named(id) => out.push((*id, container)),
                TypeRef::Nullable(inner) => targets(inner, container, out),
                TypeRef::List(inner) | TypeRef::Map(inner) => targets(inner, true, out),
                _ => {}
            }
        }
        let alias_of = |id: TypeId| match self.types.get(id.0).and_then(Option::as_ref) {
            Some(TypeDef {
                kind: TypeKind::Alias(target),
                ..
            }) => Some(target),
            _ => None,
        };
        alias_of(start)?;
        let mut visited = BTreeSet::new();
        let mut stack = vec![(start, Vec::new())];
        while let Some((id, path)) = stack.pop() {
            let mut next = Vec::new();
            if let Some(target) = alias_of(id) {
                targets(target, false, &mut next);
            }
            for (target, container) in next {
                let mut path = path.clone();
                if target == start {
                    path.push((id, container));
                    return Some(path);
                }
                if alias_of(target).is_some() && visited.insert(target) {
                    path.push((id, container));
                    stack.push((target, path));
                }
            }
        }
        None
    }

    fn define_components(&mut self) -> Result<()> {
        for (name, schema) in self.component_schemas() {
            let id = self.component_ids[name];
            let pointer = format!("{SCHEMA_PREFIX}{}", pointer_token(name));
            // Names were claimed in `declare_components`, in this same order.
            let rust_name = self.names[id.0].clone();
            let kind = match schema {
                ReferenceOr::Reference { reference } => {
                    TypeKind::Alias(non_null(self.reference(reference, &pointer)?))
                }
                ReferenceOr::Item(item) => match self.unions.remove(name) {
                    Some(plan) => {
                        TypeKind::TaggedUnion(self.tagged_union(item, plan, &pointer, &rust_name)?)
                    }
                    // A component's own type is the value without `null`:
                    // each use says `Option` (see `reference`).
                    None => match self.named_kind(item, &pointer, &rust_name, name)? {
                        Some(kind) => kind,
                        None => TypeKind::Alias(non_null(
                            self.type_of_schema_inner(item, &pointer, &rust_name)?,
                        )),
                    },
                },
            };
            let docs = match schema {
                ReferenceOr::Item(item) => schema_docs(item),
                ReferenceOr::Reference { .. } => None,
            };
            if let ReferenceOr::Item(item) = schema
                && let Some(example) = &item.schema_data.example
            {
                let mut ty = TypeRef::Named(id);
                if self.component_is_nullable(name) {
                    ty = nullable(ty);
                }
                self.example(format!("{pointer}/example"), &pointer, ty, example);
            }
            self.types[id.0] = Some(TypeDef {
                name: rust_name,
                api_name: name.to_owned(),
                pointer,
                docs,
                kind,
            });
        }
        Ok(())
    }

    /// Whether the schema describes an object with named fields: it has
    /// properties, or an `allOf` that merges members of which at least one
    /// is an object. An `allOf` of scalars (`[$ref Currency, {type:
    /// string}]`) is a scalar.
    fn is_struct(&self, view: &SchemaView<'a>) -> bool {
        // `properties` beside `type: string` say nothing about a string.
        let objectish = matches!(view.typ, None | Some("object"));
        (objectish && !view.properties.is_empty())
            || (!view.all_of.is_empty()
                && view.all_of_is_merge()
                && (view.typ == Some("object")
                    || view
                        .all_of
                        .iter()
                        .any(|member| self.is_object_like(member, 0))))
    }

    /// Whether an `allOf` member stands for an object: it has properties,
    /// `type: object`, `additionalProperties`, only `required`, or an
    /// `allOf` of such members. `$ref`s are followed, a bounded depth.
    fn is_object_like(&self, member: &'a ReferenceOr<Schema>, depth: usize) -> bool {
        if depth > 32 {
            return false;
        }
        let schema = match member {
            ReferenceOr::Item(schema) => schema,
            ReferenceOr::Reference { reference } => match self.component(reference, "") {
                Ok((_, target)) => return self.is_object_like(target, depth + 1),
                Err(_) => return false,
            },
        };
        let (view, _) = SchemaView::of(schema);
        view.typ == Some("object")
            || !view.properties.is_empty()
            || view.additional.is_some()
            || (view.typ.is_none() && !view.required.is_empty())
            || view
                .all_of
                .iter()
                .any(|member| self.is_object_like(member, depth + 1))
    }

    /// How much a type says about its values, to choose among several
    /// declarations of one thing (`allOf` members declaring the same
    /// property, scalar `allOf` members): any JSON says nothing, a list of
    /// `Pin` more than a list of anything, a format or an enum more than a
    /// plain string.
    fn specificity(&self, ty: &TypeRef) -> u32 {
        self.specificity_at(ty, 0)
    }

    fn specificity_at(&self, ty: &TypeRef, depth: usize) -> u32 {
        if depth > 32 {
            return 0;
        }
        match ty {
            TypeRef::Json => 0,
            TypeRef::Nullable(inner) => self.specificity_at(inner, depth + 1),
            TypeRef::List(inner) | TypeRef::Map(inner) => 1 + self.specificity_at(inner, depth + 1),
            TypeRef::String | TypeRef::Bytes => 2,
            TypeRef::I32
            | TypeRef::I64
            | TypeRef::U32
            | TypeRef::U64
            | TypeRef::F64
            | TypeRef::Bool => 2,
            TypeRef::SecretString
            | TypeRef::DateTime
            | TypeRef::Date
            | TypeRef::Uuid
            | TypeRef::Base64
            | TypeRef::File => 3,
            TypeRef::Named(id) => match self.types.get(id.0).and_then(Option::as_ref) {
                Some(TypeDef {
                    kind: TypeKind::Alias(target),
                    ..
                }) => self.specificity_at(target, depth + 1),
                Some(TypeDef {
                    kind: TypeKind::Struct(def),
                    ..
                }) if def.fields.is_empty() => 1,
                // Of two enums, the one that allows fewer values: every
                // declaration applies, so `allOf: [$ref Currency, {enum:
                // [USD, EUR]}]` allows only those two.
                Some(TypeDef {
                    kind: TypeKind::StringEnum(values),
                    ..
                }) => enum_specificity(values.variants.len()),
                Some(TypeDef {
                    kind: TypeKind::IntegerEnum(values),
                    ..
                }) => enum_specificity(values.variants.len()),
                // Defined, or still being defined (a recursive use): a
                // named type of its own says more than any primitive.
                _ => 4,
            },
        }
    }

    /// The kind of a schema that needs a named type (struct, enum), or
    /// `None` for one that is a primitive, list, map or wrapper.
    fn named_kind(
        &mut self,
        schema: &'a Schema,
        pointer: &str,
        rust_name: &str,
        component: &str,
    ) -> Result<Option<TypeKind>> {
        let (view, _) = SchemaView::of(schema);
        if self.is_struct(&view) {
            let skip = self.tag_owners.get(component).cloned().unwrap_or_default();
            let mut fields = Vec::new();
            let mut required = BTreeSet::new();
            self.collect_fields(
                schema,
                pointer,
                rust_name,
                &skip,
                &mut fields,
                &mut required,
            )?;
            let mut def = finish_struct(fields, &required);
            // Properties beside `additionalProperties`: the listed ones are
            // fields, every other one is kept in a map of the declared type.
            // Without `additionalProperties: false` an object may carry
            // properties the spec does not list (JSON Schema's default), and
            // they are kept as they came, so a value encodes back unchanged.
            def.additional = match view.additional {
                Some(AdditionalProperties::Schema(value)) => Some(self.type_of(
                    &**value,
                    &format!("{pointer}/additionalProperties"),
                    &format!("{rust_name}Value"),
                )?),
                Some(AdditionalProperties::Any(false)) => None,
                Some(AdditionalProperties::Any(true)) | None => Some(TypeRef::Json),
            };
            return Ok(Some(TypeKind::Struct(def)));
        }
        if view.typ == Some("string") && !view.string_enum.is_empty() {
            let (values, too_long): (Vec<&str>, Vec<&str>) = view
                .string_enum
                .iter()
                .partition(|value| value.len() <= MAX_WIRE_NAME_BYTES);
            if !too_long.is_empty() {
                self.warn(
                    pointer,
                    format!("{} enum value(s) longer than {MAX_WIRE_NAME_BYTES} bytes are not listed; they decode as the unknown-value fallback", too_long.len()),
                );
            }
            return Ok(Some(TypeKind::StringEnum(string_enum(&values))));
        }
        if view.is_integer_enum() {
            return Ok(Some(TypeKind::IntegerEnum(integer_enum(
                &view.integer_enum,
                &view.enum_names,
            ))));
        }
        let alternatives: Vec<&'a ReferenceOr<Schema>> =
            view.one_of.iter().chain(view.any_of).collect();
        if alternatives.len() > 1 {
            return Ok(Some(TypeKind::UntaggedUnion(self.untagged_union(
                &alternatives,
                pointer,
                rust_name,
                &view,
            )?)));
        }
        Ok(None)
    }

    /// The alternatives of a `oneOf`/`anyOf` with no discriminator.
    fn untagged_union(
        &mut self,
        alternatives: &[&'a ReferenceOr<Schema>],
        pointer: &str,
        rust_name: &str,
        view: &SchemaView<'a>,
    ) -> Result<UntaggedUnion> {
        let mut types: Vec<TypeRef> = Vec::new();
        for (alternative_pointer, alternative) in view.alternatives(pointer) {
            let mut hint = alternative_hint(rust_name, alternative, alternatives);
            // A title another type took already (Stripe titles the same
            // inline shape alike in many operations) is qualified by the
            // union, not numbered by the order it was met in.
            if !hint.starts_with(rust_name) && self.type_names.is_taken(&hint) {
                hint = format!("{rust_name}{hint}");
            }
            // An alternative that allows `null` makes the union's uses
            // nullable (see `alternatives_allow_null`), not the alternative.
            let ty = non_null(self.type_of(alternative, &alternative_pointer, &hint)?);
            // Serde tries alternatives in order, so a repeat could never match.
            if !types.contains(&ty) {
                types.push(ty);
            }
        }
        // Order (catch-all JSON last among them) is settled once every type
        // is defined: see `order_untagged_alternatives`.
        let mut names = UniqueNames::new();
        let variants = types
            .into_iter()
            .map(|ty| UntaggedVariant {
                name: names.claim(self.variant_name(&ty)),
                ty,
            })
            .collect();
        Ok(UntaggedUnion { variants })
    }

    /// Orders each untagged union's alternatives so that none shadows a
    /// more specific one, once every type is defined: decoding tries them
    /// in turn (keeping the first that holds the value whole, else the
    /// first that decodes at all), so an object every value fits, a plain
    /// `String` (before a date or a UUID) and any JSON go last. Spec order
    /// breaks ties.
    fn order_untagged_alternatives(&mut self) {
        for index in 0..self.types.len() {
            let Some(TypeDef {
                kind: TypeKind::UntaggedUnion(union),
                ..
            }) = &self.types[index]
            else {
                continue;
            };
            let mut variants = union.variants.clone();
            variants.sort_by_key(|variant| self.shadowing_rank(&variant.ty));
            if let Some(TypeDef {
                kind: TypeKind::UntaggedUnion(union),
                ..
            }) = &mut self.types[index]
            {
                union.variants = variants;
            }
        }
    }

    /// Gives each struct that is the variant of exactly one tag value its
    /// tag, so that encoded on its own (a request body of its own, say) it
    /// still says which variant it is.
    fn tag_variant_structs(&mut self) {
        let mut tags: BTreeMap<usize, BTreeSet<(String, String)>> = BTreeMap::new();
        for def in self.types.iter().flatten() {
            let TypeKind::TaggedUnion(union) = &def.kind else {
                continue;
            };
            for variant in &union.variants {
                let mut id = variant.ty;
                // Through aliases (`allOf` of one `$ref`) to the struct.
                for _ in 0..self.types.len() {
                    match self.types[id.0].as_ref().map(|def| &def.kind) {
                        Some(TypeKind::Alias(TypeRef::Named(target))) => id = *target,
                        _ => break,
                    }
                }
                tags.entry(id.0)
                    .or_default()
                    .insert((union.tag.clone(), variant.tag_value.clone()));
            }
        }
        for (index, pairs) in tags {
            if let [pair] = pairs.into_iter().collect::<Vec<_>>().as_slice()
                && let Some(TypeDef {
                    kind: TypeKind::Struct(def),
                    ..
                }) = &mut self.types[index]
                && !def.fields.iter().any(|field| field.api_name == pair.0)
            {
                def.tag = Some(pair.clone());
            }
        }
    }

    /// Where an alternative goes among its union's: a lower rank is tried
    /// first. Objects with more required fields come before objects with
    /// fewer (a value with both fields fits both).
    fn shadowing_rank(&self, ty: &TypeRef) -> (u8, std::cmp::Reverse<usize>) {
        let plain = |rank| (rank, std::cmp::Reverse(0));
        let mut ty = ty;
        for _ in 0..=self.types.len() {
            match ty {
                TypeRef::Nullable(inner) => ty = inner,
                TypeRef::Named(id) => match self.types.get(id.0).and_then(Option::as_ref) {
                    Some(TypeDef {
                        kind: TypeKind::Alias(target),
                        ..
                    }) => ty = target,
                    Some(TypeDef {
                        kind: TypeKind::Struct(def),
                        ..
                    }) => {
                        let required = def.fields.iter().filter(|f| f.required).count();
                        return if required == 0 {
                            plain(4)
                        } else {
                            (0, std::cmp::Reverse(required))
                        };
                    }
                    _ => return plain(0),
                },
                TypeRef::DateTime | TypeRef::Date | TypeRef::Uuid | TypeRef::Base64 => {
                    return plain(1);
                }
                TypeRef::I32 | TypeRef::I64 | TypeRef::U32 | TypeRef::U64 | TypeRef::Bool => {
                    return plain(1);
                }
                TypeRef::List(_) | TypeRef::Map(_) | TypeRef::File | TypeRef::Bytes => {
                    return plain(1);
                }
                TypeRef::F64 => return plain(2),
                TypeRef::String | TypeRef::SecretString => return plain(3),
                TypeRef::Json => return plain(5),
            }
        }
        plain(5)
    }

    /// A variant name that says what the alternative holds.
    fn variant_name(&self, ty: &TypeRef) -> String {
        match ty {
            TypeRef::String => "String".to_owned(),
            TypeRef::SecretString => "Secret".to_owned(),
            TypeRef::I32 | TypeRef::I64 | TypeRef::U32 | TypeRef::U64 => "Integer".to_owned(),
            TypeRef::F64 => "Number".to_owned(),
            TypeRef::Bool => "Boolean".to_owned(),
            TypeRef::Json => "Other".to_owned(),
            TypeRef::Bytes | TypeRef::Base64 => "Bytes".to_owned(),
            TypeRef::File => "File".to_owned(),
            TypeRef::DateTime => "DateTime".to_owned(),
            TypeRef::Date => "Date".to_owned(),
            TypeRef::Uuid => "Uuid".to_owned(),
            TypeRef::Named(id) => self.names[id.0].clone(),
            TypeRef::List(item) => format!("{}List", self.variant_name(item)),
            TypeRef::Map(value) => format!("{}Map", self.variant_name(value)),
            TypeRef::Nullable(inner) => self.variant_name(inner),
        }
    }

    /// Gathers an object's fields: its own properties, then each `allOf`
    /// member's, recursively. A property keeps the place of its first
    /// declaration; every declaration applies (see `merge_declarations`);
    /// `required` is the union of every member's list.
    fn collect_fields(
        &mut self,
        schema: &'a Schema,
        pointer: &str,
        owner: &str,
        skip: &BTreeSet<String>,
        fields: &mut Vec<Field>,
        required: &mut BTreeSet<String>,
    ) -> Result<()> {
        let mut declarations: Vec<(&'a str, Vec<Declaration<'a>>)> = Vec::new();
        self.gather_properties(schema, pointer, owner, skip, &mut declarations, required)?;
        for (property, declared) in declarations {
            if fields.iter().any(|f| f.api_name == property) {
                continue;
            }
            let (ty, docs) = self.merge_declarations(property, &declared)?;
            fields.push(Field {
                name: String::new(),
                api_name: property.to_owned(),
                ty: secret_if_credential(property, ty),
                required: false,
                docs,
            });
        }
        Ok(())
    }

    /// One property declared by several `allOf` members: each declaration
    /// is lowered, the most specific type wins (`items: {items: $ref Pin}`
    /// over `items: {type: array}`; the first on a tie), and the property
    /// is nullable only if every declaration allows `null`.
    fn merge_declarations(
        &mut self,
        property: &str,
        declared: &[Declaration<'a>],
    ) -> Result<(TypeRef, Option<String>)> {
        let mut best = MostSpecific::default();
        let mut docs = None;
        let mut lowered = Vec::new();
        for declaration in declared {
            let ty = match declaration.schema {
                SchemaRef::Inline(item) => {
                    let hint = format!("{}{}", declaration.owner, type_name(property));
                    if docs.is_none() {
                        docs = schema_docs(item);
                    }
                    self.type_of_schema(item, &declaration.pointer, &hint)?
                }
                SchemaRef::Ref(reference) => self.reference(reference, &declaration.pointer)?,
            };
            let rank = self.specificity(&ty);
            lowered.push(ty.clone());
            best.offer(ty, rank);
        }
        let ty = best.finish().unwrap_or(TypeRef::Json);
        let members: Vec<(SchemaRef<'a>, TypeRef)> = declared
            .iter()
            .map(|declaration| declaration.schema)
            .zip(lowered)
            .collect();
        let hint = format!("{}{}", declared[0].owner, type_name(property));
        let pointer = declared[0].pointer.clone();
        Ok((self.intersect_enums(&members, &pointer, &hint, ty), docs))
    }

    /// Several string `enum` declarations of one property all apply, so the
    /// values allowed are those every one lists: the declaration that lists
    /// exactly those, or a new enum of them (`[A, B, C]` and `[B, C, D]`
    /// allow `B` and `C`). `chosen` is what specificity chose otherwise.
    fn intersect_enums(
        &mut self,
        members: &[(SchemaRef<'a>, TypeRef)],
        pointer: &str,
        hint: &str,
        chosen: TypeRef,
    ) -> TypeRef {
        let lists: Vec<(usize, Vec<&'a str>)> = members
            .iter()
            .enumerate()
            .filter_map(|(index, (schema, _))| {
                let schema = match *schema {
                    SchemaRef::Inline(item) => item,
                    SchemaRef::Ref(reference) => match self.component(reference, "") {
                        Ok((_, ReferenceOr::Item(item))) => item,
                        _ => return None,
                    },
                };
                let (view, _) = SchemaView::of(schema);
                (!view.string_enum.is_empty()).then_some((index, view.string_enum))
            })
            .collect();
        let [(_, first), rest @ ..] = lists.as_slice() else {
            return chosen;
        };
        if rest.is_empty() {
            return chosen;
        }
        let common: Vec<&str> = first
            .iter()
            .copied()
            .filter(|value| rest.iter().all(|(_, list)| list.contains(value)))
            .collect();
        let was_nullable = matches!(chosen, TypeRef::Nullable(_));
        let keep_null = |ty: TypeRef| if was_nullable { nullable(ty) } else { ty };
        if let Some((index, _)) = lists.iter().find(|(_, list)| *list == common) {
            return keep_null(non_null(members[*index].1.clone()));
        }
        if common.is_empty() {
            self.warn(
                pointer,
                "the `enum`s that apply here share no value; the most specific is kept",
            );
            return chosen;
        }
        let (id, mut name) = self.reserve(hint);
        // The new enum takes the name an inline member's enum was given
        // (`EventLetter`, not `EventLetter3`): that member's type is no
        // longer used, and is dropped with the new name.
        let inline_member =
            members
                .iter()
                .find_map(|(schema, ty)| match (schema, non_null(ty.clone())) {
                    (SchemaRef::Inline(_), TypeRef::Named(member)) => Some(member),
                    _ => None,
                });
        if let Some(member) = inline_member
            && let Some(def) = self.types[member.0].as_mut()
        {
            std::mem::swap(&mut def.name, &mut name);
            self.names.swap(member.0, id.0);
        }
        let api_name = pointer.rsplit('/').next().unwrap_or(pointer).to_owned();
        self.types[id.0] = Some(TypeDef {
            name,
            api_name,
            pointer: pointer.to_owned(),
            docs: None,
            kind: TypeKind::StringEnum(string_enum(&common)),
        });
        keep_null(TypeRef::Named(id))
    }

    /// Every declaration of every property of `schema` and its `allOf`
    /// members, in the order first declared, and the union of their
    /// `required` lists.
    fn gather_properties(
        &mut self,
        schema: &'a Schema,
        pointer: &str,
        owner: &str,
        skip: &BTreeSet<String>,
        declarations: &mut Vec<(&'a str, Vec<Declaration<'a>>)>,
        required: &mut BTreeSet<String>,
    ) -> Result<()> {
        let (view, _) = SchemaView::of(schema);
        for (property, property_schema) in &view.properties {
            if skip.contains(*property) {
                continue;
            }
            let property_pointer = format!("{pointer}/properties/{}", pointer_token(property));
            if property.len() > MAX_WIRE_NAME_BYTES {
                self.warn(
                    &property_pointer,
                    format!("a property name longer than {MAX_WIRE_NAME_BYTES} bytes is not typed; the field is ignored"),
                );
                continue;
            }
            let declaration = Declaration {
                schema: SchemaRef::from(*property_schema),
                pointer: property_pointer,
                owner: owner.to_owned(),
            };
            match declarations.iter_mut().find(|(name, _)| name == property) {
                Some((_, declared)) => declared.push(declaration),
                None => declarations.push((property, vec![declaration])),
            }
        }
        required.extend(view.required.iter().map(|r| (*r).to_owned()));
        // Here, and in each member below: alternatives beside the fields.
        if (!view.one_of.is_empty() || !view.any_of.is_empty())
            && schema.schema_data.discriminator.is_none()
        {
            // `anyOf: [{required: [a]}, {required: [b]}]` asks for one set of
            // fields or another: a constraint, not a shape.
            let only_required = view.one_of.iter().chain(view.any_of).all(|alternative| {
                matches!(alternative, ReferenceOr::Item(item) if {
                    let (alternative_view, _) = SchemaView::of(item);
                    alternative_view.typ.is_none() && alternative_view.properties.is_empty()
                        && alternative_view.all_of.is_empty()
                        && alternative_view.one_of.is_empty()
                        && alternative_view.any_of.is_empty()
                })
            });
            // Inline alternatives' properties become optional fields (any
            // one alternative may be the one present); what is lost is only
            // which must be present.
            for (alternative_pointer, alternative) in view.alternatives(pointer) {
                // Only one alternative holds: none of their `required` does.
                let mut only_this_one = BTreeSet::new();
                match alternative {
                    ReferenceOr::Item(item) => self.gather_properties(
                        item,
                        &alternative_pointer,
                        owner,
                        skip,
                        declarations,
                        &mut only_this_one,
                    )?,
                    ReferenceOr::Reference { reference } => {
                        // An alternative that leads back to a schema being
                        // merged adds nothing it has not added already.
                        let (name, _) = self.component(reference, &alternative_pointer)?;
                        if !self.merging.iter().any(|m| m == name) {
                            self.gather_component(
                                reference,
                                &alternative_pointer,
                                skip,
                                declarations,
                                &mut only_this_one,
                            )?;
                        }
                    }
                }
            }
            self.warn(
                pointer,
                if only_required {
                    "`oneOf`/`anyOf` of `required` lists (one set of fields or another must be present) is not checked"
                } else {
                    "`oneOf`/`anyOf` beside properties: the alternatives' properties are optional fields, and which alternative must be present is not checked"
                },
            );
        }
        for (index, member) in view.all_of.iter().enumerate() {
            let member_pointer = format!("{pointer}/allOf/{index}");
            match member {
                ReferenceOr::Item(member) => {
                    self.gather_properties(
                        member,
                        &member_pointer,
                        owner,
                        skip,
                        declarations,
                        required,
                    )?;
                }
                ReferenceOr::Reference { reference } => {
                    self.gather_component(
                        reference,
                        &member_pointer,
                        skip,
                        declarations,
                        required,
                    )?;
                }
            }
        }
        Ok(())
    }

    /// [`Self::gather_properties`] of the component a `$ref` in an `allOf`
    /// (or beside properties, in a `oneOf`/`anyOf`) names.
    fn gather_component(
        &mut self,
        reference: &str,
        member_pointer: &str,
        skip: &BTreeSet<String>,
        declarations: &mut Vec<(&'a str, Vec<Declaration<'a>>)>,
        required: &mut BTreeSet<String>,
    ) -> Result<()> {
        let (name, target) = self.component(reference, member_pointer)?;
        if self.merging.iter().any(|m| m == name) {
            return Err(Error::Invalid {
                pointer: member_pointer.to_owned(),
                message: format!(
                    "`allOf` includes `{reference}`, which includes this schema again"
                ),
            });
        }
        let ReferenceOr::Item(target) = target else {
            self.warn(
                member_pointer,
                "`allOf` member is a `$ref` to a `$ref`; its fields are left out",
            );
            return Ok(());
        };
        self.merging.push(name.to_owned());
        let target_pointer = format!("{SCHEMA_PREFIX}{}", pointer_token(name));
        let target_owner = self.names[self.component_ids[name].0].clone();
        let result = self.gather_properties(
            target,
            &target_pointer,
            &target_owner,
            skip,
            declarations,
            required,
        );
        self.merging.pop();
        result
    }

    fn tagged_union(
        &mut self,
        schema: &'a Schema,
        plan: UnionPlan,
        pointer: &str,
        rust_name: &str,
    ) -> Result<TaggedUnion> {
        let mut variant_names = UniqueNames::new();
        let mut variants = Vec::new();
        for (tag_value, target, entry_pointer) in plan.entries {
            let Some(&ty) = self.component_ids.get(target.as_str()) else {
                return Err(Error::UnresolvedRef {
                    pointer: entry_pointer,
                    reference: target,
                    hint: String::from(
                        "; a discriminator mapping must name a schema in `components/schemas`",
                    ),
                });
            };
            variants.push(UnionVariant {
                name: variant_names.claim(type_name(&tag_value)),
                tag_value,
                ty,
            });
        }
        // The fallback keeps what every variant shares: the union's own
        // properties, with the tag as plain text since its value is unknown.
        let skip = BTreeSet::from([plan.tag.clone()]);
        let mut fields = Vec::new();
        let mut required = BTreeSet::new();
        self.collect_fields(
            schema,
            pointer,
            rust_name,
            &skip,
            &mut fields,
            &mut required,
        )?;
        fields.insert(
            0,
            Field {
                name: String::new(),
                api_name: plan.tag.clone(),
                ty: TypeRef::String,
                required: false,
                docs: Some(format!(
                    "The {} value, when the answer has one: missing, or none this client knows.",
                    code_span(&plan.tag)
                )),
            },
        );
        // The tag is what the fallback is for: missing, or a value no
        // variant maps, so it can never be required here.
        required.remove(&plan.tag);
        let mut fallback = finish_struct(fields, &required);
        fallback.additional = Some(TypeRef::Json);
        let fallback_name = format!("{rust_name}Unknown");
        let (id, fallback_name) = self.reserve(&fallback_name);
        self.types[id.0] = Some(TypeDef {
            name: fallback_name,
            api_name: format!("{rust_name}Unknown"),
            pointer: pointer.to_owned(),
            docs: Some(format!(
                "A [`{rust_name}`] whose {} is missing or not one this client knows: the \
                 fields all variants share, and every other field as raw JSON.",
                code_span(&plan.tag)
            )),
            kind: TypeKind::Struct(fallback),
        });
        Ok(TaggedUnion {
            tag: plan.tag,
            variants,
            fallback_variant: variant_names.claim(String::from("Unknown")),
            fallback: id,
        })
    }

    fn type_of(
        &mut self,
        schema: impl Into<SchemaRef<'a>>,
        pointer: &str,
        hint: &str,
    ) -> Result<TypeRef> {
        match schema.into() {
            SchemaRef::Ref(reference) => self.reference(reference, pointer),
            SchemaRef::Inline(schema) => self.type_of_schema(schema, pointer, hint),
        }
    }

    /// The type a `$ref` names. A component declared `nullable` is
    /// nullable wherever it is used, so the use carries it: its own type is
    /// the value without `null`.
    fn reference(&mut self, reference: &str, pointer: &str) -> Result<TypeRef> {
        let (name, _) = self.component(reference, pointer)?;
        let named = TypeRef::Named(self.component_ids[name]);
        Ok(if self.component_is_nullable(name) {
            nullable(named)
        } else {
            named
        })
    }

    /// Whether one of a union's alternatives allows `null` (`anyOf: [{type:
    /// object, nullable: true}, $ref Droplet]`): then the union does, and
    /// each use of it is nullable.
    fn alternatives_allow_null(&self, schema: &'a Schema, depth: usize) -> bool {
        if depth > 16 {
            return false;
        }
        let (view, _) = SchemaView::of(schema);
        if view.one_of.len() + view.any_of.len() < 2 {
            return false;
        }
        view.one_of
            .iter()
            .chain(view.any_of)
            .any(|alternative| match alternative {
                ReferenceOr::Item(item) => {
                    says_nullable(item)
                        || is_any_value(item)
                        || self.alternatives_allow_null(item, depth + 1)
                }
                ReferenceOr::Reference { reference } => {
                    reference.strip_prefix(SCHEMA_PREFIX).is_some_and(|token| {
                        self.component_nullable_at(&decode_pointer_token(token), depth + 1)
                    })
                }
            })
    }

    /// Whether a component allows `null`: it says `nullable: true`, or it
    /// is a `$ref` (or an `allOf` of one `$ref`) to one that does. Chains
    /// are followed a bounded number of steps, so a cycle ends.
    fn component_is_nullable(&self, name: &str) -> bool {
        self.component_nullable_at(name, 0)
    }

    /// [`Self::component_is_nullable`], `depth` steps into a chain of
    /// references and unions (bounded, so a cycle ends).
    fn component_nullable_at(&self, name: &str, depth: usize) -> bool {
        let mut name = name.to_owned();
        for step in depth..16 {
            let Some(schema) = self
                .spec
                .components
                .as_ref()
                .and_then(|components| components.schemas.get(&name))
            else {
                return false;
            };
            let next = match schema {
                ReferenceOr::Reference { reference } => reference,
                ReferenceOr::Item(schema)
                    if says_nullable(schema) || self.alternatives_allow_null(schema, step + 1) =>
                {
                    return true;
                }
                ReferenceOr::Item(schema) => {
                    let (view, _) = SchemaView::of(schema);
                    match view.all_of {
                        [ReferenceOr::Reference { reference }]
                            if view.properties.is_empty() && view.typ.is_none() =>
                        {
                            reference
                        }
                        _ => return false,
                    }
                }
            };
            match next.strip_prefix(SCHEMA_PREFIX) {
                Some(token) => name = decode_pointer_token(token),
                None => return false,
            }
        }
        false
    }

    /// Resolves a `$ref` to a component schema: its name and definition.
    fn component(
        &self,
        reference: &str,
        pointer: &str,
    ) -> Result<(&'a str, &'a ReferenceOr<Schema>)> {
        let unresolved = |hint: &str| Error::UnresolvedRef {
            pointer: pointer.to_owned(),
            reference: reference.to_owned(),
            hint: hint.to_owned(),
        };
        let Some(token) = reference.strip_prefix(SCHEMA_PREFIX) else {
            return Err(unresolved(
                "; only references to `#/components/schemas/...` in the same document are supported here",
            ));
        };
        let name = decode_pointer_token(token);
        self.spec
            .components
            .as_ref()
            .and_then(|components| components.schemas.get_key_value(name.as_str()))
            .map(|(name, schema)| (name.as_str(), schema))
            .ok_or_else(|| {
                unresolved(&format!(
                    "; there is no schema named `{name}` in `components/schemas`"
                ))
            })
    }

    fn type_of_schema(&mut self, schema: &'a Schema, pointer: &str, hint: &str) -> Result<TypeRef> {
        let ty = self.type_of_schema_inner(schema, pointer, hint)?;
        let ty = if says_nullable(schema) || self.alternatives_allow_null(schema, 0) {
            nullable(ty)
        } else {
            ty
        };
        if let Some(example) = &schema.schema_data.example {
            self.example(format!("{pointer}/example"), pointer, ty.clone(), example);
        }
        Ok(ty)
    }

    /// Records an example the spec gives, with the type it should decode
    /// into. A type reached twice (an inline schema merged into several
    /// objects) records its example once.
    fn example(
        &mut self,
        pointer: String,
        schema_pointer: &str,
        ty: TypeRef,
        value: &serde_json::Value,
    ) {
        if !self.collect_examples || !self.example_pointers.insert(pointer.clone()) {
            return;
        }
        self.examples.push(Example {
            pointer,
            schema_pointer: schema_pointer.to_owned(),
            ty,
            value: value.clone(),
        });
    }

    /// The examples of one JSON media type entry (`example`, and each of
    /// `examples` with a `value`).
    fn media_examples(
        &mut self,
        content: &'a openapiv3::MediaType,
        media_pointer: &str,
        ty: &TypeRef,
    ) {
        let schema_pointer = format!("{media_pointer}/schema");
        if let Some(example) = &content.example {
            self.example(
                format!("{media_pointer}/example"),
                &schema_pointer,
                ty.clone(),
                example,
            );
        }
        for (name, example) in &content.examples {
            let (pointer, example) = match example {
                ReferenceOr::Item(example) => (
                    format!("{media_pointer}/examples/{}/value", pointer_token(name)),
                    example,
                ),
                ReferenceOr::Reference { reference } => {
                    let found = reference
                        .strip_prefix("#/components/examples/")
                        .map(decode_pointer_token)
                        .and_then(|key| {
                            self.spec
                                .components
                                .as_ref()?
                                .examples
                                .get(&key)?
                                .as_item()
                                .map(|example| (key, example))
                        });
                    let Some((key, example)) = found else {
                        continue;
                    };
                    (
                        format!("#/components/examples/{}/value", pointer_token(&key)),
                        example,
                    )
                }
            };
            if let Some(value) = &example.value {
                self.example(pointer, &schema_pointer, ty.clone(), value);
            }
        }
    }

    fn type_of_schema_inner(
        &mut self,
        schema: &'a Schema,
        pointer: &str,
        hint: &str,
    ) -> Result<TypeRef> {
        let (view, format) = SchemaView::of(schema);
        self.warn_dropped_constraints(schema, pointer);
        if !view.properties.is_empty() && !matches!(view.typ, None | Some("object")) {
            self.warn(
                pointer,
                format!(
                    "`properties` beside `type: {}` apply to objects only; they are ignored",
                    view.typ.unwrap_or_default()
                ),
            );
        }
        let discriminated = union_plan(pointer, schema).is_some();
        if !view.one_of.is_empty() || !view.any_of.is_empty() || discriminated {
            let alternatives: Vec<_> = view.one_of.iter().chain(view.any_of).collect();
            if let [only] = alternatives.as_slice()
                && view.properties.is_empty()
                && !discriminated
            {
                return self.type_of(*only, pointer, hint);
            }
            // A discriminator makes a tagged union wherever it stands, its
            // properties the fields every variant shares.
            if discriminated || (alternatives.len() > 1 && view.properties.is_empty()) {
                return self.named_inline(schema, pointer, hint);
            }
            self.warn(pointer, "`oneOf`/`anyOf` beside properties and without a discriminator is not typed yet; using `serde_json::Value`");
            return Ok(TypeRef::Json);
        }
        if !view.all_of.is_empty() && !self.is_struct(&view) {
            return self.all_of_scalar(&view, pointer, hint);
        }
        if self.is_struct(&view)
            || (view.typ == Some("string") && !view.string_enum.is_empty())
            || view.is_integer_enum()
        {
            return self.named_inline(schema, pointer, hint);
        }
        Ok(match view.typ {
            Some("string") => match format.as_deref() {
                Some("date-time" | "datetime") => TypeRef::DateTime,
                Some("date") => TypeRef::Date,
                Some("uuid") => TypeRef::Uuid,
                Some("byte") => TypeRef::Base64,
                Some("binary") if self.in_multipart => TypeRef::File,
                _ => TypeRef::String,
            },
            Some("integer") => match format.as_deref() {
                Some("int32") => TypeRef::I32,
                Some("uint32") => TypeRef::U32,
                Some("uint64") => TypeRef::U64,
                // The spec's own values say an `i64` is too small: an
                // `example` or `default` past i64::MAX (and none below 0).
                _ if beyond_i64(schema) => TypeRef::U64,
                _ => TypeRef::I64,
            },
            Some("number") => TypeRef::F64,
            Some("boolean") => TypeRef::Bool,
            Some("array") => match view.items {
                Some(items) => {
                    let item =
                        self.type_of(items, &format!("{pointer}/items"), &format!("{hint}Item"))?;
                    TypeRef::List(Box::new(item))
                }
                None => TypeRef::List(Box::new(TypeRef::Json)),
            },
            _ => match view.additional {
                Some(AdditionalProperties::Schema(value)) => {
                    let value = self.type_of(
                        &**value,
                        &format!("{pointer}/additionalProperties"),
                        &format!("{hint}Value"),
                    )?;
                    TypeRef::Map(Box::new(value))
                }
                Some(AdditionalProperties::Any(true)) => TypeRef::Map(Box::new(TypeRef::Json)),
                _ => TypeRef::Json,
            },
        })
    }

    /// Warns, naming the place, where the generated type will be looser
    /// than the schema: `not` (any JSON), an `enum` of numbers or booleans
    /// (the values are not checked), an `enum` mixing kinds (any JSON).
    fn warn_dropped_constraints(&mut self, schema: &'a Schema, pointer: &str) {
        let message = match &schema.schema_kind {
            SchemaKind::Not { .. } => Some("`not` is not typed; using `serde_json::Value`"),
            SchemaKind::Type(Type::Number(number)) if !number.enumeration.is_empty() => {
                Some("an `enum` of numbers is typed as `f64`; its values are not checked")
            }
            SchemaKind::Type(Type::Boolean(boolean)) if !boolean.enumeration.is_empty() => {
                Some("an `enum` of booleans is typed as `bool`; its values are not checked")
            }
            SchemaKind::Any(any) if !any.enumeration.is_empty() => {
                let strings = any.enumeration.iter().filter(|v| v.is_string()).count();
                let integers = any.enumeration.iter().filter(|v| v.is_i64()).count();
                let values = any.enumeration.iter().filter(|v| !v.is_null()).count();
                (strings != values && integers != values).then_some(
                    "an `enum` mixing kinds of value is not typed; using `serde_json::Value`",
                )
            }
            _ => None,
        };
        if let Some(message) = message {
            self.warn(pointer, message);
        }
    }

    /// An `allOf` that is not an object: a `$ref` wrapped to annotate it
    /// (`allOf: [$ref X], description: …`), or scalars (`[$ref Currency,
    /// {type: string}]`). Every member applies, so the most specific
    /// member's type is the value's; members that only annotate say
    /// nothing about it.
    fn all_of_scalar(
        &mut self,
        view: &SchemaView<'a>,
        pointer: &str,
        hint: &str,
    ) -> Result<TypeRef> {
        let mut best = MostSpecific::default();
        let mut lowered = Vec::new();
        for (index, member) in view.all_of.iter().enumerate() {
            if let ReferenceOr::Item(schema) = member {
                let (member_view, format) = SchemaView::of(schema);
                if member_view.typ.is_none()
                    && format.is_none()
                    && member_view.all_of.is_empty()
                    && member_view.one_of.is_empty()
                    && member_view.any_of.is_empty()
                {
                    continue;
                }
            }
            let ty = self.type_of(member, &format!("{pointer}/allOf/{index}"), hint)?;
            let rank = self.specificity(&ty);
            lowered.push((SchemaRef::from(member), ty.clone()));
            best.offer(ty, rank);
        }
        let chosen = best.finish().unwrap_or(TypeRef::Json);
        Ok(self.intersect_enums(&lowered, pointer, hint, chosen))
    }

    /// An inline schema that needs a named type: named from `hint`, and
    /// lowered once however often its pointer is reached.
    fn named_inline(&mut self, schema: &'a Schema, pointer: &str, hint: &str) -> Result<TypeRef> {
        if let Some(&id) = self.inline_ids.get(pointer) {
            return Ok(TypeRef::Named(id));
        }
        let (id, rust_name) = self.reserve(hint);
        self.inline_ids.insert(pointer.to_owned(), id);
        let kind = match union_plan(pointer, schema) {
            Some(plan) => {
                TypeKind::TaggedUnion(self.tagged_union(schema, plan, pointer, &rust_name)?)
            }
            None => self
                .named_kind(schema, pointer, &rust_name, "")?
                .unwrap_or(TypeKind::Alias(TypeRef::Json)),
        };
        let api_name = pointer.rsplit('/').next().unwrap_or(pointer).to_owned();
        self.types[id.0] = Some(TypeDef {
            name: rust_name,
            api_name,
            pointer: pointer.to_owned(),
            docs: schema_docs(schema),
            kind,
        });
        Ok(TypeRef::Named(id))
    }

    fn security_schemes(&mut self) -> Vec<SecurityScheme> {
        let Some(components) = &self.spec.components else {
            return Vec::new();
        };
        let mut schemes = Vec::new();
        let sorted: BTreeMap<_, _> = components.security_schemes.iter().collect();
        for (name, scheme) in sorted {
            let pointer = format!("#/components/securitySchemes/{}", pointer_token(name));
            let ReferenceOr::Item(scheme) = scheme else {
                self.warn(&pointer, "a `$ref` security scheme is not supported; operations that need it are sent without it");
                continue;
            };
            let (kind, description) = match scheme {
                openapiv3::SecurityScheme::HTTP {
                    scheme,
                    description,
                    ..
                } => match scheme.to_ascii_lowercase().as_str() {
                    "basic" => (SecurityKind::Basic, description),
                    "bearer" => (SecurityKind::Bearer, description),
                    other => {
                        self.warn(&pointer, format!("HTTP scheme `{other}` is not supported; operations that need it are sent without it"));
                        continue;
                    }
                },
                openapiv3::SecurityScheme::OAuth2 { description, .. }
                | openapiv3::SecurityScheme::OpenIDConnect { description, .. } => {
                    (SecurityKind::Bearer, description)
                }
                openapiv3::SecurityScheme::APIKey {
                    location,
                    name,
                    description,
                    ..
                } => {
                    let location = match location {
                        openapiv3::APIKeyLocation::Header => ApiKeyLocation::Header,
                        openapiv3::APIKeyLocation::Query => ApiKeyLocation::Query,
                        openapiv3::APIKeyLocation::Cookie => ApiKeyLocation::Cookie,
                    };
                    (
                        SecurityKind::ApiKey {
                            location,
                            name: name.clone(),
                        },
                        description,
                    )
                }
            };
            schemes.push(SecurityScheme {
                api_name: name.clone(),
                kind,
                docs: description.as_deref().and_then(doc_text),
            });
        }
        schemes
    }

    fn operations(&mut self, schemes: &[SecurityScheme]) -> Result<Vec<Operation>> {
        let mut operations = Vec::new();
        let mut seen_ids: BTreeMap<String, String> = BTreeMap::new();
        let paths: BTreeMap<_, _> = self.spec.paths.paths.iter().collect();
        for (path, item) in paths {
            let path_pointer = format!("#/paths/{}", pointer_token(path));
            let ReferenceOr::Item(item) = item else {
                return Err(Error::Invalid {
                    pointer: path_pointer,
                    message: "a `$ref` path item is not supported yet; inline it".to_owned(),
                });
            };
            for (method, operation) in item.iter() {
                let pointer = format!("{path_pointer}/{method}");
                let api_name = operation
                    .operation_id
                    .clone()
                    .unwrap_or_else(|| format!("{method}{path}"));
                if let Some(first) = seen_ids.insert(api_name.clone(), pointer.clone()) {
                    return Err(Error::DuplicateOperationId {
                        pointer,
                        operation_id: api_name,
                        first,
                    });
                }
                let lowered = self.operation(
                    path,
                    method,
                    operation,
                    &item.parameters,
                    &pointer,
                    api_name,
                    schemes,
                )?;
                operations.push(lowered);
            }
        }
        // Method names are claimed in operationId order, so they do not
        // depend on the order of paths in the document.
        operations.sort_by(|a, b| a.api_name.cmp(&b.api_name));
        let mut names = UniqueNames::new();
        for taken in CLIENT_METHODS {
            names.claim((*taken).to_owned());
        }
        for operation in &mut operations {
            // Each operation is two methods, `name` and its
            // `name_with_http_info` twin: both must be free.
            operation.name = loop {
                let name = names.claim(value_name(&operation.api_name));
                if names.try_claim(&format!("{name}_with_http_info")) {
                    break name;
                }
            };
        }
        operations.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(operations)
    }

    #[allow(clippy::too_many_arguments)]
    fn operation(
        &mut self,
        path: &str,
        method: &str,
        operation: &'a openapiv3::Operation,
        shared_parameters: &'a [ReferenceOr<openapiv3::Parameter>],
        pointer: &str,
        api_name: String,
        schemes: &[SecurityScheme],
    ) -> Result<Operation> {
        let hint = type_name(&api_name);
        let docs = join_docs(
            operation.summary.as_deref(),
            operation.description.as_deref(),
        );
        let mut parameters =
            self.parameters(shared_parameters, &operation.parameters, pointer, &hint)?;
        let mut fixed_query = Vec::new();
        let path = match path.split_once('?') {
            Some((path, query)) => {
                self.literal_query(query, &mut parameters, &mut fixed_query, pointer);
                path
            }
            None => path,
        };
        check_path_template(path, &parameters, pointer)?;
        let body = match &operation.request_body {
            Some(body) => self.request_body(body, &format!("{pointer}/requestBody"), &hint)?,
            None => None,
        };
        let (success, error) = self.responses(
            method,
            &operation.responses,
            &format!("{} {path}", method.to_ascii_uppercase()),
            &format!("{pointer}/responses"),
            &hint,
        )?;
        let requirements = operation.security.as_ref().or(self.spec.security.as_ref());
        let mut security = Vec::new();
        for (index, requirement) in requirements.into_iter().flatten().enumerate() {
            let mut alternative = Vec::new();
            for name in requirement.keys() {
                if !schemes.iter().any(|s| &s.api_name == name) {
                    let known = self
                        .spec
                        .components
                        .as_ref()
                        .is_some_and(|c| c.security_schemes.contains_key(name));
                    if known {
                        // Already warned about where the scheme is defined.
                        continue;
                    }
                    return Err(Error::Invalid {
                        pointer: format!("{pointer}/security/{index}"),
                        message: format!(
                            "security scheme `{name}` is not defined in `components/securitySchemes`"
                        ),
                    });
                }
                alternative.push(name.clone());
            }
            security.push(alternative);
        }
        Ok(Operation {
            name: String::new(),
            api_name,
            pointer: pointer.to_owned(),
            method: method_of(method),
            path: path.to_owned(),
            fixed_query,
            tags: operation.tags.clone(),
            docs,
            parameters,
            body,
            success,
            error,
            security,
        })
    }

    /// A path written with a query part (`/search?type=pins&q={query}`):
    /// each `{name}` there becomes a query parameter under the key it is
    /// written with (whether the spec declared it in the path, in the query,
    /// or not at all), and each literal pair is sent with every request.
    fn literal_query(
        &mut self,
        query: &str,
        parameters: &mut Vec<Parameter>,
        fixed_query: &mut Vec<(String, String)>,
        pointer: &str,
    ) {
        self.warn(
            pointer,
            format!("the path has a query part (`?{query}`); it is sent as query parameters"),
        );
        for pair in query.split('&').filter(|pair| !pair.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(name) = value
                .strip_prefix('{')
                .and_then(|value| value.strip_suffix('}'))
            else {
                fixed_query.push((key.to_owned(), value.to_owned()));
                continue;
            };
            match parameters.iter_mut().find(|p| p.api_name == name) {
                Some(parameter) => {
                    parameter.location = ParameterLocation::Query;
                    parameter.style = ParameterLocation::Query.default_style();
                    key.clone_into(&mut parameter.api_name);
                }
                None => {
                    let mut taken = UniqueNames::new();
                    for parameter in parameters.iter() {
                        taken.claim(parameter.name.clone());
                    }
                    parameters.push(Parameter {
                        name: taken.claim(value_name(name)),
                        api_name: key.to_owned(),
                        location: ParameterLocation::Query,
                        style: ParameterLocation::Query.default_style(),
                        ty: TypeRef::String,
                        required: true,
                        docs: None,
                    });
                }
            }
        }
    }

    fn parameters(
        &mut self,
        shared: &'a [ReferenceOr<openapiv3::Parameter>],
        own: &'a [ReferenceOr<openapiv3::Parameter>],
        pointer: &str,
        hint: &str,
    ) -> Result<Vec<Parameter>> {
        // An operation's parameter replaces a path item's with the same name
        // and location.
        let mut merged: Vec<(
            &'a openapiv3::ParameterData,
            ParameterLocation,
            ParameterStyle,
            String,
        )> = Vec::new();
        let sources = shared
            .iter()
            .enumerate()
            .map(|(i, p)| {
                (
                    p,
                    format!(
                        "{}/parameters/{i}",
                        pointer.rsplit_once('/').map_or(pointer, |(head, _)| head)
                    ),
                    false,
                )
            })
            .chain(
                own.iter()
                    .enumerate()
                    .map(|(i, p)| (p, format!("{pointer}/parameters/{i}"), true)),
            );
        // (name, location, which list) already declared: a list may not
        // repeat one, though the operation's list may override the path's.
        let mut declared: BTreeMap<(&'a str, ParameterLocation, bool), String> = BTreeMap::new();
        for (parameter, parameter_pointer, own_list) in sources {
            let parameter = self.resolve(
                parameter,
                "parameters",
                |components, name| components.parameters.get(name),
                &parameter_pointer,
            )?;
            let (data, location, style) = match parameter {
                openapiv3::Parameter::Path {
                    parameter_data,
                    style,
                } => {
                    if !matches!(style, openapiv3::PathStyle::Simple) {
                        self.warn(
                            &parameter_pointer,
                            format!("path style {style:?} is not supported yet; the value is written in style `simple`"),
                        );
                    }
                    (parameter_data, ParameterLocation::Path, SpecStyle::Simple)
                }
                openapiv3::Parameter::Query {
                    parameter_data,
                    style,
                    ..
                } => {
                    let style = match style {
                        openapiv3::QueryStyle::Form => SpecStyle::Form,
                        openapiv3::QueryStyle::SpaceDelimited => SpecStyle::SpaceDelimited,
                        openapiv3::QueryStyle::PipeDelimited => SpecStyle::PipeDelimited,
                        openapiv3::QueryStyle::DeepObject => SpecStyle::DeepObject,
                    };
                    (parameter_data, ParameterLocation::Query, style)
                }
                openapiv3::Parameter::Header { parameter_data, .. } => {
                    (parameter_data, ParameterLocation::Header, SpecStyle::Simple)
                }
                openapiv3::Parameter::Cookie { parameter_data, .. } => {
                    (parameter_data, ParameterLocation::Cookie, SpecStyle::Form)
                }
            };
            let style = style.with_explode(data.explode);
            if let Some(first) = declared.insert(
                (data.name.as_str(), location, own_list),
                parameter_pointer.clone(),
            ) {
                return Err(Error::Invalid {
                    pointer: parameter_pointer,
                    message: format!(
                        "parameter `{}` in {} is already declared at {first}; a name may appear once per location",
                        data.name,
                        location.as_str()
                    ),
                });
            }
            merged.retain(|(d, l, ..)| !(d.name == data.name && *l == location));
            merged.push((data, location, style, parameter_pointer));
        }
        let mut names = UniqueNames::new();
        names.claim(String::from("body"));
        let mut parameters = Vec::new();
        for (data, location, style, parameter_pointer) in merged {
            let ty = match &data.format {
                openapiv3::ParameterSchemaOrContent::Schema(schema) => {
                    let hint = format!("{hint}{}", type_name(&data.name));
                    self.type_of(schema, &format!("{parameter_pointer}/schema"), &hint)?
                }
                openapiv3::ParameterSchemaOrContent::Content(_) => {
                    self.warn(
                        &parameter_pointer,
                        "a parameter with `content` is sent as a string",
                    );
                    TypeRef::String
                }
            };
            // A parameter cannot be null on the wire: `nullable` only means
            // it may be left out.
            let (ty, nullable) = match ty {
                TypeRef::Nullable(inner) => (*inner, true),
                other => (other, false),
            };
            parameters.push(Parameter {
                name: names.claim(value_name(&data.name)),
                api_name: data.name.clone(),
                location,
                style,
                ty: secret_if_credential(&data.name, ty),
                required: (data.required && !nullable) || location == ParameterLocation::Path,
                docs: data.description.as_deref().and_then(doc_text),
            });
        }
        Ok(parameters)
    }

    /// The item itself, or the entry of `components/<section>` its `$ref`
    /// names; `lookup` finds an entry in that section by name.
    fn resolve<T>(
        &self,
        item: &'a ReferenceOr<T>,
        section: &str,
        lookup: impl FnOnce(&'a openapiv3::Components, &str) -> Option<&'a ReferenceOr<T>>,
        pointer: &str,
    ) -> Result<&'a T> {
        let reference = match item {
            ReferenceOr::Item(item) => return Ok(item),
            ReferenceOr::Reference { reference } => reference,
        };
        let prefix = format!("#/components/{section}/");
        reference
            .strip_prefix(&prefix)
            .and_then(|name| lookup(self.spec.components.as_ref()?, name))
            .and_then(ReferenceOr::as_item)
            .ok_or_else(|| Error::UnresolvedRef {
                pointer: pointer.to_owned(),
                reference: reference.clone(),
                hint: format!("; a `$ref` here must name an entry of `components/{section}`"),
            })
    }

    fn request_body(
        &mut self,
        body: &'a ReferenceOr<openapiv3::RequestBody>,
        pointer: &str,
        hint: &str,
    ) -> Result<Option<RequestBody>> {
        let body = self.resolve(
            body,
            "requestBodies",
            |components, name| components.request_bodies.get(name),
            pointer,
        )?;
        // Of several media types, the one a caller most likely wants to
        // build: JSON, then a form, then text, then bytes.
        let chosen = preferred_media(
            &body.content,
            &[
                BodyEncoding::Json,
                BodyEncoding::Form,
                BodyEncoding::Multipart,
                BodyEncoding::Text,
                BodyEncoding::Binary,
            ],
        );
        let Some((media_type, encoding, content)) = chosen else {
            let listed: Vec<_> = body.content.keys().map(String::as_str).collect();
            self.warn(pointer, format!("request media types {listed:?} are not supported yet; the operation sends no body"));
            return Ok(None);
        };
        let content_pointer = format!("{pointer}/content/{}/schema", pointer_token(media_type));
        let ty = match (encoding, &content.schema) {
            (BodyEncoding::Text, _) => TypeRef::String,
            (BodyEncoding::Binary, _) => TypeRef::Bytes,
            (BodyEncoding::Multipart, Some(schema)) => {
                // Only this body's own schemas: a component it names was
                // (or will be) lowered for every use alike.
                self.in_multipart = true;
                let ty = self.type_of(schema, &content_pointer, &format!("{hint}Body"));
                self.in_multipart = false;
                ty?
            }
            (_, Some(schema)) => self.type_of(schema, &content_pointer, &format!("{hint}Body"))?,
            (_, None) => TypeRef::Json,
        };
        if encoding == BodyEncoding::Json {
            let media_pointer = format!("{pointer}/content/{}", pointer_token(media_type));
            self.media_examples(content, &media_pointer, &ty);
        }
        Ok(Some(RequestBody {
            media_type: media_type.clone(),
            encoding,
            ty,
            docs: body.description.as_deref().and_then(doc_text),
        }))
    }

    /// The answers of an operation: successes (2xx) and errors (the rest),
    /// each either one body for every status, or a [`StatusUnion`] when the
    /// bodies differ by status.
    fn responses(
        &mut self,
        method: &str,
        responses: &'a openapiv3::Responses,
        operation: &str,
        pointer: &str,
        hint: &str,
    ) -> Result<(Option<Answer>, Option<Answer>)> {
        let mut entries: Vec<(StatusPattern, String, &'a ReferenceOr<openapiv3::Response>)> =
            Vec::new();
        for (status, response) in &responses.responses {
            let (pattern, key) = match status {
                StatusCode::Code(code) => (StatusPattern::Code(*code), code.to_string()),
                StatusCode::Range(class) => (StatusPattern::Range(*class), format!("{class}XX")),
            };
            entries.push((pattern, key, response));
        }
        if let Some(default) = &responses.default {
            entries.push((StatusPattern::Default, String::from("default"), default));
        }
        // Exact statuses, then ranges, then `default`: the order a status is
        // matched in, whatever the order of the document.
        entries.sort_by_key(|(pattern, _, _)| *pattern);
        let mut successes = Vec::new();
        let mut errors = Vec::new();
        for (pattern, key, response) in entries {
            let response_pointer = format!("{pointer}/{key}");
            let response = self.resolve(
                response,
                "responses",
                |components, name| components.responses.get(name),
                &response_pointer,
            )?;
            let is_success = matches!(
                pattern,
                StatusPattern::Code(200..=299) | StatusPattern::Range(2)
            );
            let suffix = if is_success { "Response" } else { "Error" };
            // HTTP gives these answers no body, whatever the spec declares
            // (RFC 9110 §6.4.1): decoding one would fail every call.
            let bodiless =
                method == "head" || matches!(pattern, StatusPattern::Code(204 | 205 | 304));
            let body = if bodiless {
                if !response.content.is_empty() {
                    self.warn(
                        &response_pointer,
                        "this answer has no body in HTTP (a HEAD request, or status 204, 205 or 304); its declared content is ignored",
                    );
                }
                None
            } else {
                // Named by status, so that a status added or removed renames
                // no other answer's type: `200` and `default` are the plain
                // answer and error, any other says its status.
                let body_hint = match pattern {
                    StatusPattern::Code(200) | StatusPattern::Default => format!("{hint}{suffix}"),
                    StatusPattern::Code(code) => format!("{hint}{suffix}{code}"),
                    StatusPattern::Range(class) => format!("{hint}{suffix}{class}xx"),
                };
                self.response_body(response, &response_pointer, &body_hint)?
            };
            let variant = StatusVariant {
                name: match pattern {
                    StatusPattern::Code(code) => format!("Status{code}"),
                    StatusPattern::Range(class) => format!("Status{class}xx"),
                    StatusPattern::Default => String::from("Default"),
                },
                status: pattern,
                body,
                docs: doc_text(&response.description),
            };
            if is_success {
                successes.push(variant);
            } else if variant.body.is_some() {
                // An error status without a body adds nothing to decode: its
                // answer falls to `default`, or to an unexpected response.
                errors.push(variant);
            }
        }
        let success = self.answer(
            successes,
            operation,
            pointer,
            &format!("{hint}ResponseByStatus"),
        );
        let error = self.answer(errors, operation, pointer, &format!("{hint}ErrorByStatus"));
        Ok((success, error))
    }

    /// One body for all `variants` when they agree, else a status union
    /// named from `hint`.
    fn answer(
        &mut self,
        variants: Vec<StatusVariant>,
        operation: &str,
        pointer: &str,
        hint: &str,
    ) -> Option<Answer> {
        let first = variants.first()?;
        let same = |a: &Option<ResponseBody>, b: &Option<ResponseBody>| match (a, b) {
            (Some(a), Some(b)) => a.ty == b.ty && a.encoding == b.encoding,
            (None, None) => true,
            _ => false,
        };
        if variants
            .iter()
            .all(|variant| same(&variant.body, &first.body))
        {
            return first.body.clone().map(Answer::Body);
        }
        let (id, name) = self.reserve(hint);
        self.types[id.0] = Some(TypeDef {
            name,
            api_name: hint.to_owned(),
            pointer: pointer.to_owned(),
            docs: None,
            kind: TypeKind::StatusUnion(StatusUnion {
                operation: operation.to_owned(),
                variants,
            }),
        });
        Some(Answer::ByStatus(id))
    }

    /// Whether a body's schema says its content is JSON rather than bytes:
    /// anything but a string of `format: binary` (or of no `type` at all,
    /// which says nothing). Used for media types that do not name JSON
    /// themselves (`*/*`, `application/octet-stream` with an object schema).
    fn describes_json(&self, schema: &'a ReferenceOr<Schema>) -> bool {
        let schema = match schema {
            ReferenceOr::Item(schema) => schema,
            ReferenceOr::Reference { reference } => match self.component(reference, "") {
                Ok((_, ReferenceOr::Item(schema))) => schema,
                _ => return true,
            },
        };
        let (view, _) = SchemaView::of(schema);
        match view.typ {
            // A string could be any text or bytes: only structure says JSON.
            Some("string") => false,
            Some(_) => true,
            None => !view.all_of.is_empty() || !view.one_of.is_empty() || !view.any_of.is_empty(),
        }
    }

    /// The body of one response: JSON if it offers JSON, else text, else
    /// bytes; `None` for a response without content.
    fn response_body(
        &mut self,
        response: &'a openapiv3::Response,
        pointer: &str,
        hint: &str,
    ) -> Result<Option<ResponseBody>> {
        let chosen = preferred_media(
            &response.content,
            &[BodyEncoding::Json, BodyEncoding::Text, BodyEncoding::Binary],
        );
        let Some((media_type, encoding, content)) = chosen else {
            return Ok(None);
        };
        // `*/*` and its kin with a JSON schema: the server sends JSON.
        let encoding = match &content.schema {
            Some(schema) if encoding == BodyEncoding::Binary && self.describes_json(schema) => {
                BodyEncoding::Json
            }
            _ => encoding,
        };
        let ty = match (encoding, &content.schema) {
            (BodyEncoding::Json, Some(schema)) => {
                let media_pointer = format!("{pointer}/content/{}", pointer_token(media_type));
                let ty = self.type_of(schema, &format!("{media_pointer}/schema"), hint)?;
                self.media_examples(content, &media_pointer, &ty);
                ty
            }
            (BodyEncoding::Text, _) => TypeRef::String,
            (BodyEncoding::Binary, _) => TypeRef::Bytes,
            _ => TypeRef::Json,
        };
        Ok(Some(ResponseBody {
            media_type: media_type.clone(),
            encoding,
            ty,
            docs: doc_text(&response.description),
        }))
    }

    /// Sorts the arena by Rust name and rewrites every [`TypeId`] to match,
    /// so output order never depends on the order schemas were visited in.
    fn finish(self, security_schemes: Vec<SecurityScheme>, mut operations: Vec<Operation>) -> Api {
        let mut types: Vec<TypeDef> = self
            .types
            .into_iter()
            .map(|ty| {
                // Every reserved id is defined before lowering returns: an
                // error would have returned early instead of reaching here.
                ty.expect("every reserved type is defined")
            })
            .collect();
        // Components are the spec's vocabulary and always generated; an
        // inline type only if something uses it (one lowered for an `allOf`
        // declaration that a more specific one outranked is not).
        let roots = self
            .component_ids
            .values()
            .copied()
            .chain(operations.iter().flat_map(operation_types))
            .collect();
        let reachable = reachable_types(&types, roots);
        let mut order: Vec<usize> = (0..types.len()).filter(|&i| reachable[i]).collect();
        order.sort_by(|&a, &b| types[a].name.cmp(&types[b].name));
        let mut new_index = vec![0; types.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old] = new;
        }
        let remap = |ty: &mut TypeRef| remap_type(ty, &new_index);
        for def in &mut types {
            match &mut def.kind {
                TypeKind::Struct(s) => {
                    s.fields.iter_mut().for_each(|f| remap(&mut f.ty));
                    if let Some(additional) = &mut s.additional {
                        remap(additional);
                    }
                }
                TypeKind::TaggedUnion(union) => {
                    union.fallback = TypeId(new_index[union.fallback.0]);
                    for variant in &mut union.variants {
                        variant.ty = TypeId(new_index[variant.ty.0]);
                    }
                }
                TypeKind::Alias(ty) => remap(ty),
                TypeKind::UntaggedUnion(union) => {
                    union.variants.iter_mut().for_each(|v| remap(&mut v.ty))
                }
                TypeKind::StatusUnion(union) => union
                    .variants
                    .iter_mut()
                    .filter_map(|variant| variant.body.as_mut())
                    .for_each(|body| remap(&mut body.ty)),
                TypeKind::StringEnum(_) | TypeKind::IntegerEnum(_) => {}
            }
        }
        let remap_answer = |answer: &mut Answer| match answer {
            Answer::Body(body) => remap(&mut body.ty),
            Answer::ByStatus(id) => *id = TypeId(new_index[id.0]),
        };
        for operation in &mut operations {
            operation
                .parameters
                .iter_mut()
                .for_each(|p| remap(&mut p.ty));
            if let Some(body) = &mut operation.body {
                remap(&mut body.ty);
            }
            if let Some(success) = &mut operation.success {
                remap_answer(success);
            }
            if let Some(error) = &mut operation.error {
                remap_answer(error);
            }
        }
        let mut slots: Vec<Option<TypeDef>> = types.into_iter().map(Some).collect();
        let mut types: Vec<TypeDef> = order
            .iter()
            .map(|&old| {
                slots[old]
                    .take()
                    .expect("each old index appears once in the permutation")
            })
            .collect();
        alias_repeated_inline_enums(&mut types);
        let mut warnings = self.warnings;
        // Repairs the parse made (see `repair`), reported with the rest.
        if let Some(repairs) = self
            .spec
            .extensions
            .get(crate::repair::REPAIRS_EXTENSION)
            .and_then(serde_json::Value::as_array)
        {
            warnings.extend(repairs.iter().filter_map(|repair| {
                Some(Warning {
                    pointer: repair.get("pointer")?.as_str()?.to_owned(),
                    message: repair.get("message")?.as_str()?.to_owned(),
                })
            }));
        }
        warnings.sort();
        warnings.dedup();
        // Examples of types that were dropped (an outranked declaration's)
        // go with them.
        let mut examples: Vec<Example> = self
            .examples
            .into_iter()
            .filter(|example| {
                let mut used = Vec::new();
                named_in(&example.ty, &mut used);
                used.iter().all(|id| reachable[id.0])
            })
            .map(|mut example| {
                remap_type(&mut example.ty, &new_index);
                example
            })
            .collect();
        examples.sort_by(|a, b| a.pointer.cmp(&b.pointer));
        let mut tags: BTreeMap<&str, Option<String>> = self
            .spec
            .tags
            .iter()
            .map(|tag| {
                (
                    tag.name.as_str(),
                    tag.description.as_deref().and_then(doc_text),
                )
            })
            .collect();
        for operation in &operations {
            for tag in &operation.tags {
                tags.entry(tag).or_default();
            }
        }
        let tags = tags
            .into_iter()
            .map(|(name, docs)| Tag {
                name: name.to_owned(),
                docs,
            })
            .collect();
        let info = &self.spec.info;
        Api {
            title: one_line(&info.title),
            version: one_line(&info.version),
            docs: info.description.as_deref().and_then(doc_text),
            default_base_url: self.spec.servers.first().map(|s| s.url.clone()),
            tags,
            security_schemes,
            operations,
            types,
            warnings,
            examples,
        }
    }
}

/// Makes each inline enum that repeats an earlier one value for value an
/// alias of it. Specs repeat the same inline `enum` on many operations
/// (Pinterest lists its 176 reporting columns inline on ten), and one type
/// lets a caller pass the same value to each; every name still exists, as a
/// `type` alias. Components keep their own types: their names are the
/// spec's vocabulary. `types` is sorted, so the first of a group by name is
/// the one kept.
fn alias_repeated_inline_enums(types: &mut [TypeDef]) {
    #[derive(PartialEq, Eq, PartialOrd, Ord)]
    enum Values<'t> {
        Strings(&'t StringEnum),
        Integers(&'t IntegerEnum),
    }
    let mut first_with: BTreeMap<Values<'_>, usize> = BTreeMap::new();
    let mut aliases = Vec::new();
    for (index, def) in types.iter().enumerate() {
        let values = match &def.kind {
            _ if is_component_schema(&def.pointer) => continue,
            TypeKind::StringEnum(values) => Values::Strings(values),
            TypeKind::IntegerEnum(values) => Values::Integers(values),
            _ => continue,
        };
        match first_with.get(&values) {
            Some(&first) => aliases.push((index, first)),
            None => {
                first_with.insert(values, index);
            }
        }
    }
    for (index, first) in aliases {
        types[index].kind = TypeKind::Alias(TypeRef::Named(TypeId(first)));
    }
}

/// Whether `pointer` names a schema of `components.schemas` itself, rather
/// than one inline in it.
fn is_component_schema(pointer: &str) -> bool {
    pointer
        .strip_prefix(SCHEMA_PREFIX)
        .is_some_and(|name| !name.contains('/'))
}

fn remap_type(ty: &mut TypeRef, new_index: &[usize]) {
    match ty {
        TypeRef::Named(id) => *id = TypeId(new_index[id.0]),
        TypeRef::List(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => {
            remap_type(inner, new_index);
        }
        _ => {}
    }
}

/// Finds a discriminated union: a schema with a `discriminator`, whose
/// variants come from its `mapping` and any `oneOf`/`anyOf` references not
/// already mapped (named by their component name).
fn union_plan(schema_pointer: &str, schema: &Schema) -> Option<UnionPlan> {
    let discriminator = schema.schema_data.discriminator.as_ref()?;
    let pointer = format!("{schema_pointer}/discriminator/mapping");
    let mut entries: Vec<(String, String, String)> = discriminator
        .mapping
        .iter()
        .map(|(value, target)| {
            let target = target.strip_prefix(SCHEMA_PREFIX).unwrap_or(target);
            let target = decode_pointer_token(target);
            (
                value.clone(),
                target,
                format!("{pointer}/{}", pointer_token(value)),
            )
        })
        .collect();
    let (view, _) = SchemaView::of(schema);
    for member in view.one_of.iter().chain(view.any_of) {
        if let ReferenceOr::Reference { reference } = member
            && let Some(target) = reference.strip_prefix(SCHEMA_PREFIX)
            && !entries.iter().any(|(_, t, _)| t == target)
        {
            entries.push((target.to_owned(), target.to_owned(), pointer.clone()));
        }
    }
    if entries.is_empty() {
        return None;
    }
    Some(UnionPlan {
        tag: discriminator.property_name.clone(),
        entries,
    })
}

/// Gives fields their Rust names and `required` flags once all members are in.
/// Every `{name}` in the path template must be a declared path parameter,
/// and every declared path parameter must appear in the template: either
/// mistake would send requests to the wrong URL.
fn check_path_template(path: &str, parameters: &[Parameter], pointer: &str) -> Result<()> {
    let mut in_template = BTreeSet::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            return Err(Error::Invalid {
                pointer: pointer.to_owned(),
                message: format!("path template `{path}` opens a `{{` it never closes"),
            });
        };
        in_template.insert(&rest[open + 1..open + close]);
        rest = &rest[open + close + 1..];
    }
    let declared: BTreeSet<&str> = parameters
        .iter()
        .filter(|p| p.location == ParameterLocation::Path)
        .map(|p| p.api_name.as_str())
        .collect();
    if let Some(missing) = in_template.difference(&declared).next() {
        return Err(Error::Invalid {
            pointer: format!("{pointer}/parameters"),
            message: format!(
                "path template `{path}` names `{{{missing}}}`, but no path parameter `{missing}` is declared; \
                 add `{{name: {missing}, in: path, required: true, schema: {{type: string}}}}`"
            ),
        });
    }
    if let Some(extra) = declared.difference(&in_template).next() {
        return Err(Error::Invalid {
            pointer: format!("{pointer}/parameters"),
            message: format!(
                "path parameter `{extra}` is declared, but path template `{path}` has no `{{{extra}}}`; \
                 add it to the path or remove the parameter"
            ),
        });
    }
    Ok(())
}

fn finish_struct(mut fields: Vec<Field>, required: &BTreeSet<String>) -> Struct {
    let mut names = UniqueNames::new();
    for field in &mut fields {
        field.required = field.required || required.contains(&field.api_name);
        field.name = names.claim(value_name(&field.api_name));
    }
    Struct {
        fields,
        additional: None,
        tag: None,
    }
}

fn string_enum(values: &[&str]) -> StringEnum {
    let mut names = UniqueNames::new();
    let variants = values
        .iter()
        .map(|value| EnumVariant {
            name: names.claim(enum_value_name(value)),
            api_name: (*value).to_owned(),
        })
        .collect();
    StringEnum {
        variants,
        fallback_variant: names.claim(String::from("Unknown")),
    }
}

/// Variants named by `x-enum-varnames` when it names every value, else
/// `Value1`, `ValueMinus1`; repeated values appear once.
fn integer_enum(values: &[i64], names_given: &[&str]) -> IntegerEnum {
    let mut names = UniqueNames::new();
    let mut variants: Vec<(String, i64)> = Vec::new();
    for (index, &value) in values.iter().enumerate() {
        if variants.iter().any(|(_, seen)| *seen == value) {
            continue;
        }
        let name = match names_given.get(index) {
            Some(given) if names_given.len() == values.len() => type_name(given),
            _ if value < 0 => format!("ValueMinus{}", value.unsigned_abs()),
            _ => format!("Value{value}"),
        };
        variants.push((names.claim(name), value));
    }
    IntegerEnum {
        variants,
        fallback_variant: names.claim(String::from("Unknown")),
    }
}

/// The name hint for an inline alternative of a union, from the spec's
/// words rather than its position: its `title`, else a required property
/// no other alternative declares (`{union}With{Property}`), else its kind
/// (`{union}Object`, `{union}List`, `{union}String`). Names stay put when
/// alternatives are added or reordered.
fn alternative_hint(
    union_name: &str,
    alternative: &ReferenceOr<Schema>,
    siblings: &[&ReferenceOr<Schema>],
) -> String {
    let ReferenceOr::Item(schema) = alternative else {
        // A `$ref` is named by its component; the hint is unused.
        return union_name.to_owned();
    };
    if let Some(title) = schema.schema_data.title.as_deref()
        && !title.trim().is_empty()
    {
        return type_name(title);
    }
    let (view, _) = SchemaView::of(schema);
    let declared_elsewhere = |property: &str| {
        siblings.iter().any(|sibling| match sibling {
            ReferenceOr::Item(other) if !std::ptr::eq(other, schema) => {
                let (other_view, _) = SchemaView::of(other);
                other_view
                    .properties
                    .iter()
                    .any(|(name, _)| *name == property)
            }
            _ => false,
        })
    };
    let distinct = view
        .required
        .iter()
        .chain(view.properties.iter().map(|(name, _)| name))
        .find(|property| !declared_elsewhere(property));
    if let Some(property) = distinct {
        return format!("{union_name}With{}", type_name(property));
    }
    let kind = match view.typ {
        Some("array") => "List",
        Some("string") => "String",
        Some("integer") => "Integer",
        Some("number") => "Number",
        Some("boolean") => "Boolean",
        _ => "Object",
    };
    format!("{union_name}{kind}")
}

/// Whether a schema allows `null` itself: `nullable: true`, or an `allOf`
/// member that says only that (`allOf: [{…object…}, {nullable: true}]`, a
/// common way of writing a nullable reference).
fn says_nullable(schema: &Schema) -> bool {
    if schema.schema_data.nullable {
        return true;
    }
    let (view, _) = SchemaView::of(schema);
    view.all_of.iter().any(|member| match member {
        ReferenceOr::Item(member) => member.schema_data.nullable && is_any_value(member),
        ReferenceOr::Reference { .. } => false,
    })
}

/// Whether a schema says nothing about its value's shape (`{}`, or only
/// annotations): any JSON, `null` included.
fn is_any_value(schema: &Schema) -> bool {
    let (view, format) = SchemaView::of(schema);
    matches!(schema.schema_kind, SchemaKind::Any(_))
        && view.typ.is_none()
        && format.is_none()
        && view.properties.is_empty()
        && view.items.is_none()
        && view.additional.is_none()
        && view.all_of.is_empty()
        && view.one_of.is_empty()
        && view.any_of.is_empty()
        && view.string_enum.is_empty()
        && view.integer_enum.is_empty()
}

/// `ty`, allowing `null` once however many places say so.
fn nullable(ty: TypeRef) -> TypeRef {
    match ty {
        TypeRef::Nullable(_) => ty,
        other => TypeRef::Nullable(Box::new(other)),
    }
}

/// `ty` without its outer `null`.
fn non_null(ty: TypeRef) -> TypeRef {
    match ty {
        TypeRef::Nullable(inner) => *inner,
        other => other,
    }
}

/// Credentials are typed so that `Debug` cannot print them.
fn secret_if_credential(name: &str, ty: TypeRef) -> TypeRef {
    let name = name.to_ascii_lowercase();
    let credential = name.contains("secret")
        || name.contains("password")
        || name.ends_with("token")
        || name == "api_key"
        || name == "apikey";
    match ty {
        TypeRef::String if credential => TypeRef::SecretString,
        TypeRef::Nullable(inner) if credential && *inner == TypeRef::String => {
            TypeRef::Nullable(Box::new(TypeRef::SecretString))
        }
        other => other,
    }
}

/// Whether an integer schema's own values (`example`, `default`) go past
/// `i64::MAX` while none is negative, so only a `u64` holds them.
fn beyond_i64(schema: &Schema) -> bool {
    let values = [&schema.schema_data.example, &schema.schema_data.default];
    let values: Vec<&serde_json::Value> = values.into_iter().flatten().collect();
    values.iter().any(|value| value.is_u64() && !value.is_i64())
        && values
            .iter()
            .all(|value| value.as_i64().is_none_or(|n| n >= 0))
}

/// An enum's rank among declarations: above any other named type, and
/// higher the fewer values it allows.
fn enum_specificity(values: usize) -> u32 {
    const MOST: u32 = 1 << 20;
    5 + MOST - u32::try_from(values).unwrap_or(MOST).min(MOST)
}

/// The most specific of several declarations of one value (see
/// `Lowering::specificity`), the first on a tie; `null` is allowed only if
/// every declaration allows it, since each applies.
struct MostSpecific {
    best: Option<(TypeRef, u32)>,
    all_nullable: bool,
}

impl Default for MostSpecific {
    fn default() -> Self {
        MostSpecific {
            best: None,
            all_nullable: true,
        }
    }
}

impl MostSpecific {
    /// One more declaration, of type `ty`, ranked `rank`.
    fn offer(&mut self, ty: TypeRef, rank: u32) {
        self.all_nullable &= matches!(ty, TypeRef::Nullable(_));
        if self.best.as_ref().is_none_or(|(_, best)| rank > *best) {
            self.best = Some((non_null(ty), rank));
        }
    }

    /// The winner, nullable if every declaration was; `None` if none was
    /// offered.
    fn finish(self) -> Option<TypeRef> {
        let (ty, _) = self.best?;
        Some(if self.all_nullable { nullable(ty) } else { ty })
    }
}

/// One declaration of a property, in an object or one of its `allOf`
/// members.
struct Declaration<'a> {
    schema: SchemaRef<'a>,
    /// JSON pointer of the property's schema.
    pointer: String,
    /// Rust name of the type that declares it, for naming an inline schema.
    owner: String,
}

/// A schema or a `$ref` to one, borrowed from either of the two shapes
/// `openapiv3` uses (`ReferenceOr<Schema>` and `ReferenceOr<Box<Schema>>`).
#[derive(Clone, Copy)]
enum SchemaRef<'a> {
    Ref(&'a str),
    Inline(&'a Schema),
}

impl<'a> From<&'a ReferenceOr<Schema>> for SchemaRef<'a> {
    fn from(schema: &'a ReferenceOr<Schema>) -> Self {
        match schema {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(schema) => SchemaRef::Inline(schema),
        }
    }
}

impl<'a> From<&'a ReferenceOr<Box<Schema>>> for SchemaRef<'a> {
    fn from(schema: &'a ReferenceOr<Box<Schema>>) -> Self {
        match schema {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(schema) => SchemaRef::Inline(schema),
        }
    }
}

fn schema_docs(schema: &Schema) -> Option<String> {
    let data = &schema.schema_data;
    // A title that is one word (`Error`, `client_credentials`) only repeats
    // the name; a phrase is worth a heading.
    let title = data
        .title
        .as_deref()
        .filter(|title| title.trim().contains(' '));
    join_docs(title, data.description.as_deref())
}

/// A heading line and a body, skipping either when missing or when the
/// body already starts with the heading.
fn join_docs(heading: Option<&str>, body: Option<&str>) -> Option<String> {
    let heading = heading.and_then(doc_text);
    let body = body.and_then(doc_text);
    match (heading, body) {
        (Some(heading), Some(body)) if body.starts_with(&heading) => Some(body),
        (Some(heading), Some(body)) => Some(format!("{heading}\n\n{body}")),
        (heading, body) => heading.or(body),
    }
}

/// A parameter style as the spec names it, before `explode` is applied.
#[derive(Clone, Copy)]
enum SpecStyle {
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    Simple,
}

impl SpecStyle {
    /// The style with `explode` as declared, or as it defaults (true for
    /// `form`, false otherwise).
    fn with_explode(self, explode: Option<bool>) -> ParameterStyle {
        match (self, explode) {
            (SpecStyle::Form, None | Some(true)) => ParameterStyle::FormExploded,
            (SpecStyle::Form, Some(false)) => ParameterStyle::Form,
            (SpecStyle::SpaceDelimited, _) => ParameterStyle::SpaceDelimited,
            (SpecStyle::PipeDelimited, _) => ParameterStyle::PipeDelimited,
            (SpecStyle::DeepObject, _) => ParameterStyle::DeepObject,
            (SpecStyle::Simple, Some(true)) => ParameterStyle::SimpleExploded,
            (SpecStyle::Simple, None | Some(false)) => ParameterStyle::Simple,
        }
    }
}

/// The entry of `content` whose encoding comes first in `order`, the
/// document's first on a tie.
fn preferred_media<'c>(
    content: &'c openapiv3::Content,
    order: &[BodyEncoding],
) -> Option<(&'c String, BodyEncoding, &'c openapiv3::MediaType)> {
    content
        .iter()
        .filter_map(|(media_type, entry)| {
            let encoding = body_encoding(media_type)?;
            let rank = order.iter().position(|preferred| *preferred == encoding)?;
            Some((rank, media_type, encoding, entry))
        })
        .min_by_key(|(rank, ..)| *rank)
        .map(|(_, media_type, encoding, entry)| (media_type, encoding, entry))
}

/// How a media type is encoded; `None` for multipart types other than
/// `multipart/form-data`.
fn body_encoding(media_type: &str) -> Option<BodyEncoding> {
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or(media_type)
        .trim()
        .to_ascii_lowercase();
    // `application/json`, `+json` types, and the older spellings
    // (`text/json`, `application/x-json`, `application/x-amz-json-1.1`);
    // not the streaming kinds (`ndjson`, `jsonl`, `json-seq`), whose body is
    // many documents.
    let subtype = essence.split_once('/').map_or("", |(_, subtype)| subtype);
    let streaming = ["ndjson", "jsonl", "json-seq", "jsonlines", "json-stream"]
        .iter()
        .any(|kind| subtype.contains(kind));
    if subtype.contains("json") && !streaming {
        Some(BodyEncoding::Json)
    } else if essence == "application/x-www-form-urlencoded" {
        Some(BodyEncoding::Form)
    } else if essence == "multipart/form-data" {
        Some(BodyEncoding::Multipart)
    } else if essence.starts_with("multipart/") {
        None
    } else if essence.starts_with("text/") {
        Some(BodyEncoding::Text)
    } else {
        Some(BodyEncoding::Binary)
    }
}

fn method_of(method: &str) -> Method {
    match method {
        "get" => Method::Get,
        "put" => Method::Put,
        "post" => Method::Post,
        "delete" => Method::Delete,
        "options" => Method::Options,
        "head" => Method::Head,
        "patch" => Method::Patch,
        _ => Method::Trace,
    }
}
