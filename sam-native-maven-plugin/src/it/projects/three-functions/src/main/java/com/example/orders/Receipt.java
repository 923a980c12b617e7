package com.example.orders;

public record Receipt(String orderId, long totalCents, String function) {}
