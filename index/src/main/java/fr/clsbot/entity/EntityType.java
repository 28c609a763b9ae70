package fr.clsbot.entity;

/** What an entity is. The order is the priority when two recognisers claim the same words (first wins). */
public enum EntityType {
    EMAIL, PHONE, PERIOD, DATE, TIME, AMOUNT, PERCENT, DURATION, ORDINAL, COUNT, PERSON, ORGANISATION, PLACE, GROUP
}
