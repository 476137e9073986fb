package org.dnacademy.platform.pdf;

/** Size (points) and colour (0xRRGGBB) of a run of text; lines are spaced at 1.3 times the size. */
public record TextStyle(float size, int colour) {

    public float leading() {
        return size * 1.3f;
    }
}
