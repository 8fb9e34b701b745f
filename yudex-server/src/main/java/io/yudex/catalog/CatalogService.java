package io.yudex.catalog;

import io.yudex.identity.Caller;
import io.yudex.organisation.Department;
import io.yudex.organisation.OrganisationService;
import io.yudex.platform.ConflictException;
import io.yudex.platform.FieldError;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import io.yudex.platform.YudexProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Registers, edits and reviews catalog resources, keeping every change as a version. */
@Service
public class CatalogService {

    private final ResourceRepository resources;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final int sequenceDigits;

    CatalogService(ResourceRepository resources, OrganisationService organisations, ApplicationEventPublisher events,
            JsonMapper json, Clock clock, YudexProperties properties) {
        this.resources = resources;
        this.organisations = organisations;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.sequenceDigits = properties.catalog().sequenceDigits();
    }

    /** @throws NotFoundException when the resource does not exist or the caller may not see it */
    public Resource get(String code, Caller caller) {
        return resources.find(code).filter(r -> CatalogScope.canSee(caller, r))
                .orElseThrow(() -> new NotFoundException("No resource with code " + code));
    }

    public List<ResourceVersion> history(String code, Caller caller) {
        get(code, caller);
        return resources.versions(resources.idOf(code).orElseThrow());
    }

    /**
     * The whole resource as it was after {@code version}, as JSON.
     *
     * @throws NotFoundException when the resource is not visible or has no such version
     */
    public String snapshot(String code, int version, Caller caller) {
        get(code, caller);
        return resources.snapshot(resources.idOf(code).orElseThrow(), version)
                .orElseThrow(() -> new NotFoundException("Resource " + code + " has no version " + version));
    }

    /**
     * Registers a draft. The code is generated as classification code + "/" + sequence.
     *
     * @throws InvalidInputException listing every broken metadata rule
     * @throws ForbiddenException    when the caller may not register for that provider
     */
    @Transactional
    public Resource create(ResourceCommand command, Caller caller) {
        Department provider = provider(command, caller);
        check(command, provider, -1);
        String code = command.classificationCode() + "/"
                + String.format("%0" + sequenceDigits + "d", resources.nextSequence(command.classificationCode()));
        long id = resources.insert(code, command, provider.id(), ResourceStatus.DRAFT, caller.name(), clock.instant());
        Resource created = resources.find(code).orElseThrow();
        record(id, created, ResourceAction.CREATED, List.of(), null);
        return created;
    }

    /** Edits a draft; published resources are not edited in place (deprecate and register anew). */
    @Transactional
    public Resource update(String code, ResourceCommand command, Caller caller) {
        Resource before = editable(code, caller);
        if (!before.status().editable()) {
            throw new ConflictException("Cannot edit a resource in status " + before.status() + "; only DRAFT resources are edited");
        }
        Department provider = provider(command.providerCode() == null ? command.withProviderCode(before.providerCode()) : command, caller);
        long id = resources.idOf(code).orElseThrow();
        check(command, provider, id);
        if (!command.classificationCode().equals(before.classificationCode())) {
            throw InvalidInputException.of("classificationCode", "cannot change after registration (the code " + code + " is derived from it)");
        }
        resources.update(id, command, provider.id(), caller.name(), clock.instant());
        Resource after = resources.find(code).orElseThrow();
        record(id, after, ResourceAction.EDITED, ResourceDiff.changedFields(before, after), null);
        return after;
    }

    @Transactional
    public Resource submit(String code, Caller caller) {
        return move(editable(code, caller), ResourceStatus.SUBMITTED, ResourceAction.SUBMITTED, null, caller);
    }

    /** The platform admin publishes a submitted resource; the release date defaults to today. */
    @Transactional
    public Resource publish(String code, Caller caller) {
        requirePlatformAdmin(caller);
        return move(get(code, caller), ResourceStatus.PUBLISHED, ResourceAction.PUBLISHED, null, caller);
    }

    /** The platform admin sends a submitted resource back to its department with a reason. */
    @Transactional
    public Resource sendBack(String code, String reason, Caller caller) {
        requirePlatformAdmin(caller);
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw InvalidInputException.of("reason", "a reason of 1-2000 characters is required to send a resource back");
        }
        return move(get(code, caller), ResourceStatus.DRAFT, ResourceAction.RETURNED, reason.trim(), caller);
    }

    @Transactional
    public Resource deprecate(String code, String reason, Caller caller) {
        Resource r = editable(code, caller);
        return move(r, ResourceStatus.DEPRECATED, ResourceAction.DEPRECATED, reason == null ? null : reason.trim(), caller);
    }

    /**
     * A data admin confirms the sensitivity that a load's profile suggested for one data item; allowed in any status but
     * deprecated (also on a published resource: raising a sensitivity tightens, it does not revise, the metadata).
     * Recorded as a version of its own.
     *
     * @throws InvalidInputException when the item does not exist, or the new sensitivity breaks the open type
     */
    @Transactional
    public Resource confirmSensitivity(String code, String itemName, Sensitivity sensitivity, Caller caller) {
        Resource before = editable(code, caller);
        if (before.status() == ResourceStatus.DEPRECATED) {
            throw new ConflictException("Resource " + code + " is DEPRECATED; its metadata no longer changes");
        }
        DataItem item = before.items().stream().filter(i -> i.name().equalsIgnoreCase(itemName)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("item", code + " has no data item " + itemName));
        if (sensitivity == Sensitivity.SENSITIVE_PERSONAL && before.openType() == OpenType.UNCONDITIONAL) {
            throw InvalidInputException.of("sensitivity", code + " is opened unconditionally, which sensitive personal items never are; "
                    + "change its open type first");
        }
        if (item.sensitivity() == sensitivity) {
            return before;
        }
        long id = resources.idOf(code).orElseThrow();
        resources.updateItemSensitivity(id, item.name(), sensitivity, caller.name(), clock.instant());
        Resource after = resources.find(code).orElseThrow();
        record(id, after, ResourceAction.SENSITIVITY_SET, ResourceDiff.changedFields(before, after),
                item.name() + ": " + item.sensitivity().name() + " → " + sensitivity.name());
        return after;
    }

    private Resource move(Resource r, ResourceStatus target, ResourceAction action, String comment, Caller caller) {
        ResourceStatus next = r.status().transition(target);
        long id = resources.idOf(r.code()).orElseThrow();
        LocalDate release = next == ResourceStatus.PUBLISHED ? LocalDate.now(clock) : null;
        String kept = action == ResourceAction.RETURNED ? comment : null;
        resources.updateStatus(id, next, kept, release, caller.name(), clock.instant());
        Resource after = resources.find(r.code()).orElseThrow();
        record(id, after, action, ResourceDiff.changedFields(r, after), comment);
        return after;
    }

    private Resource editable(String code, Caller caller) {
        Resource r = get(code, caller);
        if (!CatalogScope.canEdit(caller, r.providerId())) {
            throw new ForbiddenException("Only the platform admin or " + r.providerName() + "'s data admin may change " + code);
        }
        return r;
    }

    private Department provider(ResourceCommand command, Caller caller) {
        Department provider;
        if (command.providerCode() == null || command.providerCode().isBlank()) {
            if (caller.departmentId() == null) {
                throw InvalidInputException.of("providerCode", "is required");
            }
            provider = organisations.department(caller.departmentId());
        } else {
            provider = organisations.departmentByCode(command.providerCode())
                    .orElseThrow(() -> InvalidInputException.of("providerCode", "unknown department " + command.providerCode()));
        }
        if (!CatalogScope.canEdit(caller, provider.id())) {
            throw new ForbiddenException("You may only register resources for your own department");
        }
        return provider;
    }

    private void check(ResourceCommand command, Department provider, long exceptId) {
        List<FieldError> errors = new ArrayList<>(ResourceValidator.validate(command));
        Set<String> known = resources.existingCodes(command.relatedCodes());
        for (int i = 0; i < command.relatedCodes().size(); i++) {
            String related = command.relatedCodes().get(i);
            if (related != null && ResourceValidator.RESOURCE_CODE.matcher(related).matches() && !known.contains(related)) {
                errors.add(new FieldError("relatedCodes[" + i + "]", "no resource with code " + related));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (resources.existsByName(command.name().trim(), provider.id(), exceptId)) {
            throw new ConflictException(provider.name() + " already has a resource named " + command.name().trim());
        }
    }

    private void record(long id, Resource r, ResourceAction action, List<String> changes, String comment) {
        resources.insertVersion(id, r, action, changes, comment, json.writeValueAsString(r));
        events.publishEvent(new ResourceChanged(r.code(), action));
    }

    private static void requirePlatformAdmin(Caller caller) {
        if (!caller.platformAdmin()) {
            throw new ForbiddenException("Only the platform admin reviews resources");
        }
    }
}
