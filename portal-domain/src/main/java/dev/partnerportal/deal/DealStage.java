package dev.partnerportal.deal;

/** Where an opportunity stands in the sales cycle; won and lost close it. */
public enum DealStage {
    PROSPECTING,
    QUALIFIED,
    PROPOSAL,
    NEGOTIATION,
    WON,
    LOST;

    public boolean closed() {
        return this == WON || this == LOST;
    }
}
