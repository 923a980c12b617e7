package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;

public class OrderTotals {

    public Receipt total(Order order, Context context) {
        long total = order.lines().stream().mapToLong(l -> l.quantity() * l.unitCents()).sum();
        return new Receipt(order.id(), total, context.getFunctionName());
    }
}
