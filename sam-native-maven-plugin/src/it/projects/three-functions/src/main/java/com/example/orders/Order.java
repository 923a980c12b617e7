package com.example.orders;

import java.util.List;

public record Order(String id, List<Line> lines) {

    public record Line(String sku, int quantity, long unitCents) {}
}
