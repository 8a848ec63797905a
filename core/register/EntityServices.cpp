#include "EntityServices.h"
