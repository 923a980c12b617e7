package io.github.samnative.core.metadata;

/** The reflective access one reflection entry grants, named as in reachability-metadata.json. */
public enum Access {
    ALL_DECLARED_CONSTRUCTORS("allDeclaredConstructors"),
    ALL_PUBLIC_CONSTRUCTORS("allPublicConstructors"),
    ALL_DECLARED_METHODS("allDeclaredMethods"),
    ALL_PUBLIC_METHODS("allPublicMethods"),
    ALL_DECLARED_FIELDS("allDeclaredFields"),
    ALL_PUBLIC_FIELDS("allPublicFields");

    private final String jsonName;

    Access(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
