package io.github.samnative.core.local.apigateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A route path such as {@code /users/{id}/files/{proxy+}}: static segments, parameters matching one
 * segment, and a greedy parameter matching the rest (one or more segments).
 */
final class RoutePattern {

    enum SegmentKind {
        // Declared from most to least specific: API Gateway prefers a static segment to a parameter,
        // and a parameter to a greedy one.
        STATIC, PARAMETER, GREEDY
    }

    record Segment(SegmentKind kind, String text) {
    }

    private final List<Segment> segments;

    private RoutePattern(List<Segment> segments) {
        this.segments = List.copyOf(segments);
    }

    static RoutePattern parse(String path) {
        List<Segment> segments = new ArrayList<>();
        for (String part : PathCodec.segments(path)) {
            if (part.startsWith("{") && part.endsWith("+}")) {
                segments.add(new Segment(SegmentKind.GREEDY, part.substring(1, part.length() - 2)));
            } else if (part.startsWith("{") && part.endsWith("}")) {
                segments.add(new Segment(SegmentKind.PARAMETER, part.substring(1, part.length() - 1)));
            } else {
                segments.add(new Segment(SegmentKind.STATIC, part));
            }
        }
        return new RoutePattern(segments);
    }

    /**
     * @param rawSegments the request path's segments, still percent-encoded
     * @return the path parameters (decoded) if the path matches
     */
    Optional<Map<String, String>> match(List<String> rawSegments) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment.kind() == SegmentKind.GREEDY) {
                if (i >= rawSegments.size()) {
                    return Optional.empty();
                }
                String rest = String.join("/", rawSegments.subList(i, rawSegments.size()));
                if (rest.isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(segment.text(), PathCodec.decodePath(rest));
                return Optional.of(parameters);
            }
            if (i >= rawSegments.size()) {
                return Optional.empty();
            }
            String value = PathCodec.decodePath(rawSegments.get(i));
            if (segment.kind() == SegmentKind.STATIC) {
                if (!segment.text().equals(value)) {
                    return Optional.empty();
                }
            } else if (value.isEmpty()) {
                return Optional.empty();
            } else {
                parameters.put(segment.text(), value);
            }
        }
        return rawSegments.size() == segments.size() ? Optional.of(parameters) : Optional.empty();
    }

    /**
     * Negative when this pattern is more specific than {@code other}: the first segment where they
     * differ in kind decides (static over parameter over greedy).
     */
    int compareSpecificity(RoutePattern other) {
        int shared = Math.min(segments.size(), other.segments.size());
        for (int i = 0; i < shared; i++) {
            int byKind = segments.get(i).kind().compareTo(other.segments.get(i).kind());
            if (byKind != 0) {
                return byKind;
            }
        }
        // Equal so far: the longer one spelled out more of the path.
        return Integer.compare(other.segments.size(), segments.size());
    }
}
