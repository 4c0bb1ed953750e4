package dev.aigeo.explorer.stories;

import dev.aigeo.explorer.http.ApiException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What a story may hold (checked before it is stored) and which entity ids its scenes refer to. */
final class StoryRules {

    static final int MAX_SCENES = 100;
    static final int MAX_CAPTION = 5_000;
    static final int MAX_TITLE = 200;
    private static final Pattern ID = Pattern.compile("story:[a-z0-9][a-z0-9-]{0,80}");
    private static final Pattern HTML_TAG = Pattern.compile("<\\s*[a-zA-Z/!?]");

    private StoryRules() {
    }

    /** The story with its id settled (from the title when absent); a 400 for anything it may not hold. */
    static Story check(Story story, String pathId) {
        if (story == null) {
            throw ApiException.badRequest("the body must be a story: {\"title\", \"scenes\": [...]}");
        }
        String id = pathId != null ? pathId : story.id() != null ? story.id() : "story:" + slug(require(story.title()));
        if (story.id() != null && pathId != null && !story.id().equals(pathId)) {
            throw ApiException.badRequest("the story's id '" + story.id() + "' differs from the URL's '" + pathId + "'");
        }
        if (!ID.matcher(id).matches()) {
            throw ApiException.badRequest("a story id looks like story:<slug> (a-z, 0-9, -), not '" + id + "'");
        }
        text("title", require(story.title()), MAX_TITLE);
        if (story.description() != null) {
            text("description", story.description(), MAX_CAPTION);
        }
        if (story.scenes().size() > MAX_SCENES) {
            throw ApiException.badRequest("a story has at most " + MAX_SCENES + " scenes");
        }
        for (int i = 0; i < story.scenes().size(); i++) {
            Story.Scene scene = story.scenes().get(i);
            text("scene " + (i + 1) + " title", require(scene.title()), MAX_TITLE);
            if (scene.caption() != null) {
                text("scene " + (i + 1) + " caption", scene.caption(), MAX_CAPTION);
            }
        }
        return new Story(id, story.title(), story.description(), story.dataset(), story.scenes(), story.updatedAt());
    }

    private static String require(String title) {
        if (title == null || title.isBlank()) {
            throw ApiException.badRequest("a story and each of its scenes need a title");
        }
        return title;
    }

    private static void text(String what, String text, int max) {
        if (text.length() > max) {
            throw ApiException.badRequest(what + " is longer than " + max + " characters");
        }
        if (HTML_TAG.matcher(text).find()) {
            throw ApiException.badRequest(what + " must be plain text (emphasis with *stars*, links as "
                    + "[text](https://…)); raw HTML is not accepted");
        }
    }

    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "untitled" : slug.substring(0, Math.min(60, slug.length()));
    }

    /** The entity ids a scene's view refers to: entities, highlight, pinned positions, a path's ends. */
    static Set<String> referencedIds(Map<String, Object> view) {
        Set<String> ids = new LinkedHashSet<>();
        if (view == null) {
            return ids;
        }
        addStrings(ids, view.get("entities"));
        addStrings(ids, view.get("highlight"));
        if (view.get("positions") instanceof Map<?, ?> positions) {
            addStrings(ids, positions.keySet());
        }
        if (view.get("path") instanceof Map<?, ?> path) {
            addStrings(ids, List.of(String.valueOf(path.get("from")), String.valueOf(path.get("to"))));
        }
        ids.remove("null");
        ids.removeIf(id -> id.contains("|"));
        return ids;
    }

    private static void addStrings(Set<String> ids, Object values) {
        if (values instanceof Collection<?> collection) {
            List<String> strings = new ArrayList<>();
            collection.forEach(v -> strings.add(String.valueOf(v)));
            ids.addAll(strings);
        }
    }
}
