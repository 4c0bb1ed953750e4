package dev.aigeo.explorer.explore;

import dev.aigeo.explorer.dataset.Manifest.LabelStyle;
import java.util.Map;

/**
 * Colour and shape per label: the ontology's labels get a colour-blind-safe palette (Okabe–Ito, then Paul Tol)
 * and a distinct shape; a dataset's own labels use what its manifest declares, else a colour derived from the name.
 */
final class LabelStyles {

    private static final Map<String, LabelStyle> ONTOLOGY = Map.ofEntries(
            Map.entry("Country", new LabelStyle("#56B4E9", "round-rectangle")),
            Map.entry("Government", new LabelStyle("#0072B2", "hexagon")),
            Map.entry("Person", new LabelStyle("#CC79A7", "ellipse")),
            Map.entry("Policy", new LabelStyle("#D55E00", "tag")),
            Map.entry("Lab", new LabelStyle("#E69F00", "diamond")),
            Map.entry("Organization", new LabelStyle("#999933", "rectangle")),
            Map.entry("CloudProvider", new LabelStyle("#009E73", "barrel")),
            Map.entry("CloudRegion", new LabelStyle("#F0E442", "triangle")),
            Map.entry("Model", new LabelStyle("#882255", "round-pentagon")),
            Map.entry("License", new LabelStyle("#44AA99", "cut-rectangle")),
            Map.entry("Event", new LabelStyle("#AA4499", "star")),
            Map.entry("Source", new LabelStyle("#BBBBBB", "round-tag")));

    private static final String[] SPARE_SHAPES = {"octagon", "round-octagon", "rhomboid", "vee", "heptagon",
        "concave-hexagon", "round-diamond", "bottom-round-rectangle"};

    private LabelStyles() {
    }

    static LabelStyle of(String label, Map<String, LabelStyle> declared) {
        LabelStyle known = ONTOLOGY.get(label);
        if (known != null) {
            return known;
        }
        LabelStyle own = declared.get(label);
        int hash = Math.abs(label.hashCode() % 360);
        String color = own != null && own.color() != null ? own.color() : hslToHex(hash, 0.55, 0.5);
        String shape = own != null && own.shape() != null ? own.shape() : SPARE_SHAPES[hash % SPARE_SHAPES.length];
        return new LabelStyle(color, shape);
    }

    static String hslToHex(int hue, double saturation, double lightness) {
        double c = (1 - Math.abs(2 * lightness - 1)) * saturation;
        double x = c * (1 - Math.abs((hue / 60.0) % 2 - 1));
        double m = lightness - c / 2;
        double[] rgb = switch (hue / 60) {
            case 0 -> new double[] {c, x, 0};
            case 1 -> new double[] {x, c, 0};
            case 2 -> new double[] {0, c, x};
            case 3 -> new double[] {0, x, c};
            case 4 -> new double[] {x, 0, c};
            default -> new double[] {c, 0, x};
        };
        return String.format("#%02X%02X%02X", Math.round((rgb[0] + m) * 255), Math.round((rgb[1] + m) * 255),
                Math.round((rgb[2] + m) * 255));
    }
}
