from common import *  # part es: written blind

add("es-01-acceso-formal", "María José Fernández López <mj.fernandez.lopez@correo.example>",
    "Ejercicio del derecho de acceso (art. 15 RGPD)",
    """Estimados señores:

Por medio del presente escrito, y al amparo del artículo 15 del Reglamento (UE) 2016/679 y del
artículo 13 de la Ley Orgánica 3/2018 (LOPDGDD), ejercito mi derecho de acceso y solicito que
me faciliten copia de los datos personales que traten sobre mí, incluyendo historial de
pedidos, direcciones de entrega, medios de pago y registros de atención al cliente.

Soy usuaria de su aplicación con la dirección de correo desde la que les escribo.

Quedo a la espera de su respuesta en el plazo legal de un mes.

Atentamente,

María José Fernández López
Valencia""",
    R(["Access"], "mj.fernandez.lopez@correo.example", "María José", "Fernández López"))

add("es-02-rider-desactivado", "Jhon Alexander Ríos Cardona <jhon.rios.c@correo.example>",
    "Desactivación de mi cuenta de repartidor",
    """Buenas,

Llevo dos años repartiendo en Madrid y el lunes me desactivaron la cuenta "por incumplimiento
de los estándares de calidad", sin avisar y sin que nadie hablara conmigo. Todo automático.

Pido dos cosas: primero, que una persona de verdad revise esa decisión y me deje explicar mi
versión. Segundo, que me expliquen qué reglas y qué parámetros usa vuestro algoritmo para
desactivar cuentas, que según la Ley Rider tenemos derecho a saberlo.

Jhon Alexander Ríos Cardona
Repartidor ES-31977""",
    R(["AutomatedDecision", "Information"], "jhon.rios.c@correo.example", "Jhon Alexander", "Ríos Cardona"))

add("es-03-borrar-faltas", "<pakito_88@buzon.example>", "borrar",
    "kiero q borreis mi cuenta y mis datos ya no uso la app",
    R(["Erasure"], "pakito_88@buzon.example"))

add("es-04-publicidad", "Lucía Moreno Sanz <lucia.moreno@correo.example>",
    "Publicidad no deseada",
    """Hola:

No quiero recibir más ofertas ni promociones vuestras, ni por correo ni por notificación.
Os pido que me saquéis de todas las comunicaciones comerciales. La cuenta la mantengo.

Gracias,
Lucía""",
    R(["Opposition"], "lucia.moreno@correo.example", "Lucía", "Moreno Sanz"))

add("es-05-apellidos", "Carmen Ortega Villanueva <carmen.ortega.v@buzon.example>",
    "Mis apellidos están mal",
    """Buenos días,

En mi perfil de conductora solo aparece "Carmen Ortega", falta mi segundo apellido
(Villanueva), y por eso la aseguradora dice que mis datos no coinciden con el DNI. ¿Podéis
corregirlo?

Un saludo,
Carmen Ortega Villanueva""",
    R(["Rectification"], "carmen.ortega.v@buzon.example", "Carmen", "Ortega Villanueva"))

add("es-06-html-portabilidad", "Diego Herrera Castillo <diego.herrera@correo.example>",
    "Mis datos para otra plataforma",
    html("Hola,",
         "Me cambio a otra app de reparto. ¿Me podéis mandar mi historial de pedidos, "
         "valoraciones y ganancias en un archivo estructurado (Excel, CSV o similar) para "
         "subirlo en la nueva plataforma?",
         "Saludos,<br>Diego Herrera"),
    R(["Portability"], "diego.herrera@correo.example", "Diego", "Herrera Castillo"), ct=HTML)

add("es-07-cesion-datos", "Rosa Jiménez <rosa.jimenez@buzon.example>",
    "¿A quién ceden mis datos?",
    """Buenas tardes,

Quisiera saber a qué empresas ceden los datos de los clientes, si los restaurantes se quedan con
mi teléfono y mi dirección, y durante cuánto tiempo los conservan ustedes.

Muchas gracias,
Rosa Jiménez""",
    R(["Information"], "rosa.jimenez@buzon.example", "Rosa", "Jiménez"))

add("es-08-limitacion", "Andrés Navarro Gil <andres.navarro@correo.example>",
    "Antecedentes que no son míos",
    """Estimados:

La verificación de antecedentes de vuestro proveedor me atribuye una sanción de tráfico que
pertenece a otra persona con el mismo nombre. Ya he presentado la reclamación con el
certificado de la DGT.

Mientras se comprueba, solicito la limitación del tratamiento de ese dato: que no se use para
bloquearme ni se comunique a nadie hasta que esté aclarado.

Andrés Navarro Gil""",
    R(["Restriction"], "andres.navarro@correo.example", "Andrés", "Navarro Gil"))

add("es-09-pedido-frio", "Pilar Domínguez <pilar.dominguez@buzon.example>",
    "pedido frio",
    """Hola, el pedido de anoche llegó frío y con una bebida que no era. Quiero el reembolso. No
encontraba otro correo. Pilar""",
    R(["Unknown"], "pilar.dominguez@buzon.example", "Pilar", "Domínguez"))

add("es-10-madre-hijo", "Elena Ruiz Martín <elena.ruiz.martin@correo.example>",
    "Cuenta de mi hijo menor de edad",
    """Buenos días,

Mi hijo Pablo Gutiérrez Ruiz, de 13 años, se ha creado una cuenta en vuestra aplicación con mi
tarjeta sin permiso. Como madre y representante legal, os pido que eliminéis su cuenta y todos
sus datos. Su correo es pablito.gr@juegos.example.

Puedo enviar el libro de familia si hace falta.

Elena Ruiz Martín""",
    R(["Erasure"], "elena.ruiz.martin@correo.example", "Pablo", "Gutiérrez Ruiz",
      representative="Elena Ruiz Martín"))

add("es-11-abogado", "Javier de la Torre <jdelatorre@abogados-delatorre.example>",
    "Solicitud de acceso en nombre de D. Luis Alberto Peña Romero",
    """Muy señores míos:

Actúo en nombre y representación de D. Luis Alberto Peña Romero, repartidor de su plataforma
en Sevilla, según poder que se adjunta.

En su nombre solicito el acceso a todos los datos personales que tratan sobre él, en particular
los registros de conexión y desconexión, la geolocalización durante las jornadas y las
valoraciones utilizadas para la asignación de pedidos, a efectos del procedimiento laboral
en curso.

Atentamente,

Javier de la Torre
Abogado - Colegiado n.º 8.421 ICA Sevilla
Tel. 954 000 000
Este mensaje es confidencial y va dirigido exclusivamente a su destinatario.""",
    R(["Access"], "jdelatorre@abogados-delatorre.example", "Luis Alberto", "Peña Romero",
      representative="Javier de la Torre"))

add("es-12-companera-reenvio", "Marta Serrano <marta.serrano@acme-corp.example>",
    "RV: borrar cuenta",
    """Hola equipo de privacidad,

Os reenvío esto de una clienta de Argentina, creo que os toca a vosotros.

Marta Serrano
Atención al cliente

---------- Mensaje reenviado ---------
De: Valentina Acosta <valen.acosta@correo-ar.example>
Fecha: 14 nov 2026 23:05
Asunto: borrar cuenta
Para: soporte@acme-corp.example

Hola, che, ya no vivo en Madrid y no voy a usar más la app. Quiero que borren mi cuenta y todos
mis datos. Gracias!
Valentina Acosta""",
    R(["Erasure"], "valen.acosta@correo-ar.example", "Valentina", "Acosta"))

add("es-13-companero-adjunto", "Sergio Blanco <sergio.blanco@acme-corp.example>",
    "RV: mis datos",
    "",
    R(["Access", "Rectification"], "ana.belen.prieto@buzon.example", "Ana Belén", "Prieto"),
    note="""Os adjunto un correo de una repartidora. Pide varias cosas, gracias. Sergio""",
    attached=("Ana Belén Prieto <ana.belen.prieto@buzon.example>", "mis datos",
              """Hola, quiero ver toda la información que guardáis sobre mí como repartidora. Y
además el IBAN que tenéis es el de mi antiguo banco, el bueno es ES12 0000 0000 0000 0000 0000.
Corregidlo por favor.
Ana Belén Prieto"""))

add("es-14-historia-fotos", "Rubén Castro Molina <ruben.castro@correo.example>",
    "Estoy harto",
    """Hola,

Os escribo porque estoy harto. En septiembre tuve un accidente con la moto y estuve de baja un
mes. Cuando volví, la app me pedía un selfie cada vez que me conectaba, a veces tres veces en
la misma tarde, y como tenía la cara con puntos no me reconocía y me bloqueaba. Perdí un montón
de pedidos y nadie de soporte me ayudó, solo respuestas automáticas.

Al final lo dejé. Ya no reparto con vosotros. Lo que quiero ahora es que borréis todas las
fotos de mi cara y los datos biométricos que habéis sacado de ellas. No quiero que sigan en
ningún servidor.

Y sinceramente, un poco de humanidad no os vendría mal.

Rubén Castro Molina""",
    R(["Erasure"], "ruben.castro@correo.example", "Rubén", "Castro Molina"))

add("es-15-mayusculas", "ANTONIO SÁNCHEZ <antonio.sanchez1958@buzon.example>",
    "NO ME LLAMEN MAS",
    """ME LLAMAN TODAS LAS SEMANAS PARA OFRECERME SER CONDUCTOR. NO QUIERO. BORREN MI TELEFONO DE SUS
LISTAS DE LLAMADAS Y NO ME LLAMEN MAS.""",
    R(["Opposition"], "antonio.sanchez1958@buzon.example", "Antonio", "Sánchez"))

add("es-16-mexico-latin1", "José Luis Hernández <jl.hernandez@correo-mx.example>",
    "Información que tienen de mí",
    """Buen día,

¿Me podrían hacer favor de enviarme toda la información personal que ustedes tienen guardada de
mí? Uso su aplicación en Guadalajara desde el año pasado.

Quedo atento, saludos.
José Luis Hernández""",
    R(["Access"], "jl.hernandez@correo-mx.example", "José Luis", "Hernández"),
    ct=LATIN1, encode="latin-1")

add("es-17-familia-replyto", "Familia Vidal Roca <familiavidalroca@buzon.example>",
    "perfilado",
    """Hola, soy Núria Vidal, escribo desde el correo de casa. No quiero que uséis mi historial de
pedidos para hacerme un perfil ni para recomendaciones personalizadas. Contestadme a mi correo
personal por favor.

Núria""",
    R(["Opposition"], "nuria.vidal@correo.example", "Núria", "Vidal"),
    headers=["Reply-To: Núria Vidal <nuria.vidal@correo.example>"])

add("es-18-no-baja-direccion", "Francisco Javier Medina <fj.medina@correo.example>",
    "Dirección",
    """Buenas, no quiero darme de baja ni nada de eso, solo que me corrijáis la dirección de
facturación, que sigue saliendo la antigua (C/ Mayor 3) y ahora es Avda. de la Constitución 21,
Zaragoza. Desde la app no me deja.

Gracias
F. Javier Medina""",
    R(["Rectification"], "fj.medina@correo.example", "Francisco Javier", "Medina"))

add("es-19-grabaciones", "Isabel Cano <isabel.cano@buzon.example>",
    "Grabación de llamadas",
    """Hola,

Cuando llamé al soporte una voz decía que la llamada "podría ser grabada". ¿Cuánto tiempo
guardáis esas grabaciones, quién las escucha y se usan para entrenar algún sistema de
inteligencia artificial?

Y ya que estamos: la grabación de mi llamada del 3 de noviembre, en la que di datos de salud de
mi madre, quiero que la borréis.

Saludos,
Isabel Cano""",
    R(["Information", "Erasure"], "isabel.cano@buzon.example", "Isabel", "Cano"))

add("es-20-penalizacion", "Raúl Peña <raul.pena.repartos@correo.example>",
    "Penalización automática",
    """Hola,

La app me ha quitado la franja de prioridad del fin de semana porque "mi puntuación de
excelencia ha bajado", calculada por el sistema de forma automática. No estoy conforme y quiero
impugnar esa decisión y que la revise una persona.

Raúl Peña""",
    R(["AutomatedDecision"], "raul.pena.repartos@correo.example", "Raúl", "Peña"),
    ct=CP1252, encode="cp1252")

add("es-21-tarea-contrato", "Laura Vega <laura.vega@acme-corp.example>",
    "Revisión contrato de encargado del tratamiento",
    """Hola equipo,

Vamos a contratar a una empresa de Málaga para la verificación de documentos de identidad de los
repartidores. ¿Podéis revisar el contrato de encargado del tratamiento antes del día 28?
El borrador está en la carpeta de Legal.

Gracias,
Laura Vega
Compras""",
    TASK("laura.vega@acme-corp.example", "Laura", "Vega"))

add("es-22-tarea-eipd", "Alberto Ramos <alberto.ramos@acme-corp.example>",
    "Evaluación de impacto - grabación de trayectos",
    """Buenas,

Desde Producto queremos grabar en vídeo (cámara del casco) algunos trayectos de repartidores
voluntarios para mejorar las rutas. Supongo que hace falta una evaluación de impacto.
¿Cuándo podemos reunirnos para empezarla?

Alberto Ramos
Product Owner, Rutas""",
    TASK("alberto.ramos@acme-corp.example", "Alberto", "Ramos"))

add("es-23-tarea-formacion", "Cristina Márquez <cristina.marquez@acme-corp.example>",
    "Formación protección de datos equipo Barcelona",
    """Hola,

El equipo de operaciones de Barcelona (20 personas) no ha hecho la formación anual de
protección de datos. ¿Podríais organizar una sesión en diciembre?

Cristina Márquez
RRHH""",
    TASK("cristina.marquez@acme-corp.example", "Cristina", "Márquez"))

add("es-24-inc-excel-proveedor", "Iván Delgado <ivan.delgado@acme-corp.example>",
    "Envié el Excel al proveedor equivocado",
    """Hola,

Esta mañana envié por error el Excel con los datos de alta de 85 repartidores (nombre, DNI,
teléfono, cuenta bancaria) a un proveedor de cajas de reparto en lugar de a la gestoría. Les he
pedido que lo borren pero aún no han contestado.

Iván Delgado
Operaciones Valencia""",
    INC("ivan.delgado@acme-corp.example", "Iván", "Delgado"))

add("es-25-inc-cliente-externo", "Teresa Aguilar <teresa.aguilar@buzon.example>",
    "Me ha llegado información de otra persona",
    """Buenas tardes,

He recibido en mi correo el resumen semanal de ganancias de un repartidor, con su nombre,
teléfono y número de cuenta. Yo soy clienta, no repartidora. Supongo que se han equivocado de
dirección. Os lo comunico para que lo sepáis.

Teresa Aguilar""",
    INC("teresa.aguilar@buzon.example", "Teresa", "Aguilar"))

add("es-26-inc-portatil", "Óscar Guerrero <oscar.guerrero@acme-corp.example>",
    "Robo de portátil en el tren",
    """Hola,

Me han robado el portátil del trabajo en el AVE Madrid-Barcelona. Tenía acceso a la
herramienta de soporte con la sesión abierta. Ya he avisado a IT para que bloqueen la cuenta.

Óscar Guerrero
Soporte nivel 2
+34 600 000 000""",
    INC("oscar.guerrero@acme-corp.example", "Óscar", "Guerrero"))

add("es-27-fu-dsr", "Beatriz Flores <beatriz.flores@correo.example>",
    "RE: [DSR-70415] Hemos recibido su solicitud",
    """Hola,

Me habéis pedido que confirme la dirección de correo asociada a mi cuenta: es esta misma.
¿Necesitáis algo más?

Beatriz Flores

> Hemos recibido su solicitud con la referencia DSR-70415.""",
    FU("70415", "beatriz.flores@correo.example", "Beatriz", "Flores"))

add("es-28-fu-reclamacion", "María José Fernández López <mj.fernandez.lopez@correo.example>",
    "RE: Ejercicio del derecho de acceso (art. 15 RGPD)",
    """Estimados señores:

Ha transcurrido el plazo de un mes sin recibir respuesta. Les informo de que, si no la recibo
en los próximos días, presentaré reclamación ante la Agencia Española de Protección de Datos.

María José Fernández López

> Por medio del presente escrito, y al amparo del artículo 15 ...""",
    FU(ref("es-01-acceso-formal"), "mj.fernandez.lopez@correo.example", "María José", "Fernández López"),
    headers=irt("es-01-acceso-formal"))

add("es-29-spam-loteria", "Lotería Internacional <premios@loteria-intl.example>",
    "¡ENHORABUENA! Ha ganado 850.000 EUR",
    """Estimado ganador:

Su dirección de correo ha sido seleccionada en nuestro sorteo internacional. Para reclamar su
premio envíe su nombre completo, DNI y número de cuenta. Sus datos serán tratados de forma
confidencial conforme al RGPD.

Departamento de Premios""",
    IGN("spam", "premios@loteria-intl.example"), headers=SPAM_HDR)

add("es-30-spam-borrado", "BorraTuRastro <hola@borraturastro.example>",
    "¿Sabe cuántas webs tienen sus datos personales?",
    """Hola,

Cientos de webs venden su nombre, teléfono y dirección. Con BorraTuRastro eliminamos sus datos
personales de internet en 48 horas. ¡Oferta de lanzamiento: 3 meses gratis!

Pruébelo ahora.

Si no desea recibir más correos, haga clic aquí.""",
    IGN("spam", "hola@borraturastro.example"))

add("es-31-fuera-oficina", "Jorge Pastor <jorge.pastor@restaurantesgrupo.example>",
    "Respuesta automática: Acuerdo de tratamiento de datos",
    """Estaré fuera de la oficina hasta el 24 de noviembre sin acceso al correo. Para temas urgentes
contacte con administracion@restaurantesgrupo.example.

Jorge Pastor""",
    IGN("auto_reply", "jorge.pastor@restaurantesgrupo.example"),
    headers=["Auto-Submitted: auto-replied"])

add("es-32-boletin", "Boletín Protección de Datos <boletin@lopd-al-dia.example>",
    "Boletín semanal: novedades AEPD",
    """Novedades de la semana:

- La AEPD sanciona a una plataforma de reparto por el uso de reconocimiento facial
- Guía sobre registro de jornada y geolocalización de trabajadores
- Jurisprudencia: falsos autónomos y algoritmos

Para darse de baja de este boletín pulse aquí.""",
    IGN("bulk", "boletin@lopd-al-dia.example"),
    headers=["List-Id: Boletin LOPD <boletin.lopd-al-dia.example>", "Precedence: list",
             "List-Unsubscribe: <mailto:baja@lopd-al-dia.example>"])
