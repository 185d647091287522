#include "Permissions.h"

namespace hotline::Permissions {

bool allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::TakeCalls:
    case Permission::ViewBoard:
        return true;
    case Permission::Assign:
    case Permission::OverrideCheck:
    case Permission::EditTriageContent:
    case Permission::ExportCustomerData:
    case Permission::ChangeSettings:
    case Permission::ReadAudit:
        return role == Role::Supervisor || role == Role::Admin;
    case Permission::ManageUsers:
        return role == Role::Admin;
    }
    return false;
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Operator: return QStringLiteral("operator");
    case Role::Supervisor: return QStringLiteral("supervisor");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

bool roleFromCode(const QString &code, Role *role)
{
    for (Role r : {Role::Operator, Role::Supervisor, Role::Admin}) {
        if (code == roleCode(r)) {
            *role = r;
            return true;
        }
    }
    return false;
}

} // namespace hotline::Permissions
