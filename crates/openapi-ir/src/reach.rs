//! Which types a type or an operation reaches: the one traversal over
//! type references that lowering (dropping unused inline types) and the
//! emitter (compiling each type under the features of the operations that
//! need it) share.

use crate::ir::{Answer, Operation, TypeDef, TypeId, TypeKind, TypeRef};

/// The named types an operation's parameters, body and answers use.
pub fn operation_types(operation: &Operation) -> Vec<TypeId> {
    let mut out = Vec::new();
    for parameter in &operation.parameters {
        named_in(&parameter.ty, &mut out);
    }
    if let Some(body) = &operation.body {
        named_in(&body.ty, &mut out);
    }
    for answer in [&operation.success, &operation.error].into_iter().flatten() {
        match answer {
            Answer::Body(body) => named_in(&body.ty, &mut out),
            Answer::ByStatus(id) => out.push(*id),
        }
    }
    out
}

/// The named types a reference mentions, at any depth.
pub fn named_in(ty: &TypeRef, out: &mut Vec<TypeId>) {
    match ty {
        TypeRef::Named(id) => out.push(*id),
        TypeRef::List(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => {
            named_in(inner, out);
        }
        _ => {}
    }
}

/// Which types of the arena `roots` reach, directly or through others.
pub fn reachable_types(types: &[TypeDef], roots: Vec<TypeId>) -> Vec<bool> {
    let mut reached = vec![false; types.len()];
    let mut stack = roots;
    while let Some(id) = stack.pop() {
        if std::mem::replace(&mut reached[id.0], true) {
            continue;
        }
        match &types[id.0].kind {
            TypeKind::Struct(def) => {
                for field in &def.fields {
                    named_in(&field.ty, &mut stack);
                }
                if let Some(additional) = &def.additional {
                    named_in(additional, &mut stack);
                }
            }
            TypeKind::TaggedUnion(union) => {
                stack.push(union.fallback);
                stack.extend(union.variants.iter().map(|variant| variant.ty));
            }
            TypeKind::UntaggedUnion(union) => {
                for variant in &union.variants {
                    named_in(&variant.ty, &mut stack);
                }
            }
            TypeKind::Alias(target) => named_in(target, &mut stack),
            TypeKind::StatusUnion(union) => {
                for body in union.variants.iter().filter_map(|v| v.body.as_ref()) {
                    named_in(&body.ty, &mut stack);
                }
            }
            TypeKind::StringEnum(_) | TypeKind::IntegerEnum(_) => {}
        }
    }
    reached
}
