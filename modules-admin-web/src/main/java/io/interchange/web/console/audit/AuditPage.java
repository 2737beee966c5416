package io.interchange.web.console.audit;

import io.interchange.platform.audit.AuditAction;
import io.interchange.platform.audit.AuditSearch;
import io.interchange.platform.audit.AuditView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The audit trail, newest first; the filter travels in the address so a view can be linked. */
@Named
@RequestScoped
public class AuditPage {

    static final int LIMIT = 200;

    @Inject
    AuditSearch search;

    private String who;
    private AuditAction action;
    private String text;
    private List<AuditView> entries;

    public List<AuditView> getEntries() {
        if (entries == null) {
            entries = search.find(who, action, text, LIMIT);
        }
        return entries;
    }

    public List<AuditAction> getActions() { return List.of(AuditAction.values()); }
    public String getWho() { return who; }
    public void setWho(String who) { this.who = who; }
    public AuditAction getAction() { return action; }
    public void setAction(AuditAction action) { this.action = action; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
