//! Which fields must be boxed: a type that contains itself, directly or
//! through other types, has no finite size.
//!
//! Types are nodes; a field, union variant or alias that embeds another type
//! by value (not behind a `Vec` or map, which already allocate) is an edge.
//! A field must be boxed exactly when its target lies in the same strongly
//! connected component as the type that holds it. Components are found with
//! Kosaraju's algorithm, iteratively, so a deep spec cannot overflow the
//! stack.

use openapi_ir::{Api, TypeId, TypeKind, TypeRef};

/// The type a reference embeds by value, if any.
pub(crate) fn embedded(ty: &TypeRef) -> Option<TypeId> {
    match ty {
        TypeRef::Named(id) => Some(*id),
        TypeRef::Nullable(inner) => embedded(inner),
        _ => None,
    }
}

fn edges(api: &Api) -> Vec<Vec<usize>> {
    api.types
        .iter()
        .map(|def| {
            let targets: Vec<TypeId> = match &def.kind {
                TypeKind::Struct(s) => s.fields.iter().filter_map(|f| embedded(&f.ty)).collect(),
                TypeKind::TaggedUnion(u) => u
                    .variants
                    .iter()
                    .map(|v| v.ty)
                    .chain([u.fallback])
                    .collect(),
                TypeKind::Alias(target) => embedded(target).into_iter().collect(),
                TypeKind::UntaggedUnion(u) => {
                    u.variants.iter().filter_map(|v| embedded(&v.ty)).collect()
                }
                // Only operations name a status union, so no cycle can pass
                // through one.
                TypeKind::StringEnum(_) | TypeKind::IntegerEnum(_) | TypeKind::StatusUnion(_) => {
                    Vec::new()
                }
            };
            targets.into_iter().map(|id| id.0).collect()
        })
        .collect()
}

/// The strongly connected component of each type, by index into the arena.
pub(crate) fn components(api: &Api) -> Vec<usize> {
    let forward = edges(api);
    let count = forward.len();
    let mut backward = vec![Vec::new(); count];
    for (from, targets) in forward.iter().enumerate() {
        for &to in targets {
            backward[to].push(from);
        }
    }
    // First pass: order nodes by finishing time on the forward graph.
    let mut order = Vec::with_capacity(count);
    let mut visited = vec![false; count];
    for start in 0..count {
        if visited[start] {
            continue;
        }
        visited[start] = true;
        let mut stack = vec![(start, 0)];
        while let Some((node, next)) = stack.pop() {
            if let Some(&target) = forward[node].get(next) {
                stack.push((node, next + 1));
                if !visited[target] {
                    visited[target] = true;
                    stack.push((target, 0));
                }
            } else {
                order.push(node);
            }
        }
    }
    // Second pass: each tree of the backward graph, taken in reverse
    // finishing order, is one component.
    let mut component = vec![usize::MAX; count];
    for (index, &start) in order.iter().rev().enumerate() {
        if component[start] != usize::MAX {
            continue;
        }
        component[start] = index;
        let mut stack = vec![start];
        while let Some(node) = stack.pop() {
            for &source in &backward[node] {
                if component[source] == usize::MAX {
                    component[source] = index;
                    stack.push(source);
                }
            }
        }
    }
    component
}
