package io.github.samnative.core.template;

import java.util.Optional;

/** The instruction set a function runs on, as Lambda names it in {@code Architectures}. */
public enum Architecture {
    X86_64("x86_64"),
    ARM64("arm64");

    private final String templateName;

    Architecture(String templateName) {
        this.templateName = templateName;
    }

    /** The name as written in a template and in the Makefile manifest. */
    public String templateName() {
        return templateName;
    }

    /** Lambda's names are case-sensitive: {@code X86_64} is rejected by CloudFormation, so it is here too. */
    public static Optional<Architecture> fromTemplateName(String name) {
        for (Architecture architecture : values()) {
            if (architecture.templateName.equals(name)) {
                return Optional.of(architecture);
            }
        }
        return Optional.empty();
    }
}
