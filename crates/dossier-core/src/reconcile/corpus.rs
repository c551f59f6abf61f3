//! Entities across stories: one entry for a person, organisation or place that
//! several stories involve, merged by the same name clustering the stories use.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use crate::model::{DocId, Entity, EntityKind, StoryId};
use crate::reconcile::cluster_names;

/// An entity of the whole database: the story entities that name it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CorpusEntity {
    /// The canonical name: the name of the story entity with most articles.
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// Every other spelling seen in any story.
    pub aliases: Vec<String>,
    /// Roles and titles seen next to the name.
    pub roles: Vec<String>,
    /// The country it belongs to, as most of its stories say (see
    /// [`Entity::country`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Stories that involve it.
    pub stories: Vec<StoryId>,
    /// Articles that mention it.
    pub articles: Vec<DocId>,
}

/// Merges the entities of several stories. Story entities whose canonical
/// names [`cluster_names`] puts together become one; the result is ordered by
/// number of articles, most first, then by name.
pub fn merge_across_stories(per_story: &[(StoryId, Vec<Entity>)]) -> Vec<CorpusEntity> {
    let members: Vec<(&StoryId, &Entity)> = per_story
        .iter()
        .flat_map(|(story, entities)| entities.iter().map(move |entity| (story, entity)))
        .collect();
    let names: Vec<(String, Option<EntityKind>)> = members
        .iter()
        .map(|(_, entity)| (entity.name.clone(), Some(entity.kind)))
        .collect();
    let clusters = cluster_names(&names);
    let mut grouped: HashMap<usize, Vec<(&StoryId, &Entity)>> = HashMap::new();
    for (member, cluster) in members.iter().zip(clusters) {
        grouped.entry(cluster).or_default().push(*member);
    }
    let mut merged: Vec<CorpusEntity> =
        grouped.into_values().map(|group| combine(&group)).collect();
    merged.sort_by(|a, b| {
        b.articles
            .len()
            .cmp(&a.articles.len())
            .then_with(|| a.name.cmp(&b.name))
    });
    merged
}

/// Finds the entity a name as a user types it refers to: one whose name or
/// alias is the same after folding, else one the name clusters with.
pub fn find_entity<'e>(entities: &'e [CorpusEntity], wanted: &str) -> Option<&'e CorpusEntity> {
    let folded = crate::text::fold(wanted);
    if folded.is_empty() {
        return None;
    }
    let exact = entities.iter().find(|entity| {
        crate::text::fold(&entity.name) == folded
            || entity
                .aliases
                .iter()
                .any(|alias| crate::text::fold(alias) == folded)
    });
    if exact.is_some() {
        return exact;
    }
    entities.iter().find(|entity| {
        let names = [
            (wanted.to_string(), Some(entity.kind)),
            (entity.name.clone(), Some(entity.kind)),
        ];
        let clusters = cluster_names(&names);
        clusters[0] == clusters[1]
    })
}

fn combine(group: &[(&StoryId, &Entity)]) -> CorpusEntity {
    let Some((_, lead)) = group
        .iter()
        .max_by(|(_, a), (_, b)| {
            a.articles
                .len()
                .cmp(&b.articles.len())
                .then_with(|| b.name.cmp(&a.name))
        })
        .copied()
    else {
        // `group` comes from a non-empty bucket; an empty one makes no entity.
        return CorpusEntity {
            name: String::new(),
            kind: EntityKind::Other,
            aliases: Vec::new(),
            roles: Vec::new(),
            country: None,
            stories: Vec::new(),
            articles: Vec::new(),
        };
    };
    let mut aliases = BTreeSet::new();
    let mut roles = Vec::new();
    let mut stories = BTreeSet::new();
    let mut articles = BTreeSet::new();
    for (story, entity) in group {
        stories.insert((*story).clone());
        articles.extend(entity.articles.iter().cloned());
        aliases.insert(entity.name.clone());
        aliases.extend(entity.aliases.iter().cloned());
        for role in &entity.roles {
            if !roles.contains(role) {
                roles.push(role.clone());
            }
        }
    }
    aliases.remove(&lead.name);
    CorpusEntity {
        name: lead.name.clone(),
        kind: lead.kind,
        aliases: aliases.into_iter().collect(),
        roles,
        country: most_said_country(group),
        stories: stories.into_iter().collect(),
        articles: articles.into_iter().collect(),
    }
}

/// The country most of the group's story entities give; on a tie, the one
/// of the entity with most articles.
fn most_said_country(group: &[(&StoryId, &Entity)]) -> Option<String> {
    let mut votes: Vec<(&str, usize, usize)> = Vec::new();
    for (_, entity) in group {
        let Some(country) = entity.country.as_deref() else {
            continue;
        };
        match votes.iter_mut().find(|(c, _, _)| *c == country) {
            Some((_, n, most)) => {
                *n += 1;
                *most = (*most).max(entity.articles.len());
            }
            None => votes.push((country, 1, entity.articles.len())),
        }
    }
    votes
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(a.2.cmp(&b.2)).then(b.0.cmp(a.0)))
        .map(|(country, _, _)| country.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(name: &str, kind: EntityKind, aliases: &[&str], docs: &[&str]) -> Entity {
        Entity {
            id: "e1".into(),
            name: name.into(),
            kind,
            aliases: aliases.iter().map(|alias| alias.to_string()).collect(),
            roles: Vec::new(),
            articles: docs.iter().map(|doc| DocId(doc.to_string())).collect(),
            merged_because: Vec::new(),
            country: None,
        }
    }

    #[test]
    fn one_person_in_two_stories_is_one_entity_and_namesakes_stay_apart() {
        let per_story = vec![
            (
                StoryId("s1".into()),
                vec![
                    entity(
                        "Olena Kovalchuk",
                        EntityKind::Person,
                        &["Kovalchuk"],
                        &["a", "b"],
                    ),
                    entity("Ivan Petrenko", EntityKind::Person, &[], &["a"]),
                ],
            ),
            (
                StoryId("s2".into()),
                vec![
                    entity(
                        "Olena Kovalchuk",
                        EntityKind::Person,
                        &["Elena Kovalchuk"],
                        &["c"],
                    ),
                    entity("Maria Petrenko", EntityKind::Person, &[], &["c"]),
                ],
            ),
        ];
        let merged = merge_across_stories(&per_story);
        let olena = find_entity(&merged, "elena kovalchuk").expect("found by alias");
        assert_eq!(olena.name, "Olena Kovalchuk");
        assert_eq!(olena.stories.len(), 2);
        assert_eq!(olena.articles.len(), 3);
        assert!(olena.aliases.contains(&"Elena Kovalchuk".to_string()));
        let ivan = find_entity(&merged, "Ivan Petrenko").expect("found by name");
        assert_eq!(ivan.stories, vec![StoryId("s1".into())]);
        assert_eq!(merged.len(), 3);
        assert!(find_entity(&merged, "  ").is_none());
    }
}
